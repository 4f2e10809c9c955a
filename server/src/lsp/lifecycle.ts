// The lifecycle rules of the LSP specification that vscode-languageserver leaves to the server,
// enforced before any handler runs (a message strategy of the JSON-RPC connection):
// - before `initialize`, a request gets ServerNotInitialized (-32002) and a notification is dropped
//   (except `exit`);
// - a second `initialize` gets InvalidRequest and changes nothing;
// - after `shutdown`, a request gets InvalidRequest (-32600) and a notification is dropped (except `exit`);
// - a request cancelled while still queued is answered RequestCancelled (-32800) without running.
// (`exit` ending the process with 0 after `shutdown` and 1 otherwise is done by vscode-languageserver.)
// Every error message is French.
import {
  ErrorCodes, LSPErrorCodes, Message, ResponseError,
  type ConnectionOptions, type NotificationMessage, type RequestMessage, type ResponseMessage,
} from 'vscode-languageserver/node';

/** Internal method a refused request is routed to: its handler answers the error. */
export const REFUSED = 'actes/$refused';

export interface RefusedParams {
  readonly code: number;
  readonly message: string;
}

export const CANCELLED_MESSAGE = 'requête annulée par le client.';

export class Lifecycle {
  private initializeReceived = false;
  private shutdownReceived = false;

  /** Options for `createConnection`: the lifecycle checks and the answer to queued cancelled requests. */
  readonly options: ConnectionOptions = {
    messageStrategy: { handleMessage: (message, next) => this.handle(message, next) },
    connectionStrategy: {
      cancelUndispatched: (message: Message): ResponseMessage | undefined =>
        Message.isRequest(message) && message.id !== null
          ? { jsonrpc: '2.0', id: message.id, error: new ResponseError(LSPErrorCodes.RequestCancelled, CANCELLED_MESSAGE).toJson() }
          : undefined,
    },
  };

  get shutdown(): boolean {
    return this.shutdownReceived;
  }

  private handle(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const refusal = this.refusal(message);
      if (refusal) {
        const routed: RequestMessage = { jsonrpc: '2.0', id: message.id, method: REFUSED, params: refusal };
        next(routed);
        return;
      }
      if (message.method === 'initialize') this.initializeReceived = true;
      if (message.method === 'shutdown') this.shutdownReceived = true;
      next(message);
      return;
    }
    if (Message.isNotification(message)) {
      const n = message as NotificationMessage;
      if (n.method !== 'exit' && (!this.initializeReceived || this.shutdownReceived)) return;
      next(message);
      return;
    }
    next(message); // responses to the server's own requests
  }

  private refusal(request: RequestMessage): RefusedParams | null {
    if (this.shutdownReceived) {
      return { code: ErrorCodes.InvalidRequest, message: `le serveur est arrêté (« shutdown » reçu) : « ${request.method} » refusé ; seule la notification « exit » est attendue.` };
    }
    if (!this.initializeReceived) {
      if (request.method === 'initialize') return null;
      return { code: ErrorCodes.ServerNotInitialized, message: `le serveur n’est pas initialisé : « ${request.method} » refusé ; envoyez d’abord « initialize ».` };
    }
    if (request.method === 'initialize') {
      return { code: ErrorCodes.InvalidRequest, message: '« initialize » a déjà été reçu : une seule initialisation par session.' };
    }
    return null;
  }
}
