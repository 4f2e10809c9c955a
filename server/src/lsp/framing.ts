// Reading LSP frames from a byte stream (stdio), resilient to bad frames: a garbage header, a
// missing or wrong Content-Length, a body that is not JSON. A bad frame is reported (in French)
// and skipped, and reading resumes at the next "Content-Length:" header, so one bad message never
// leaves the server alive but deaf. A raw "Content-Length: N" + blank line cannot occur inside a
// JSON body (JSON strings hold no raw line break), so finding one inside a body means the
// declared length was wrong: the frame is dropped and the next one read.
import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** A next frame: its Content-Length header, ended by a blank line. */
const NEXT_FRAME = /content-length[ \t]*:[ \t]*\d+[ \t]*\r\n(?:[^\r\n]*\r\n)*\r\n/i;
const CONTENT_LENGTH = /content-length/i;
/** Headers longer than this without their blank line are garbage. */
const MAX_HEADER_BYTES = 8192;
/** Larger than any message an editor sends (a 5 MB document is about 10 MB of JSON). */
const MAX_BODY_BYTES = 1 << 30;

export interface FrameReaderOptions {
  /** Called with a French description of each bad frame skipped. */
  readonly onProblem?: (message: string) => void;
}

export class FrameReader extends AbstractMessageReader implements MessageReader {
  /** Unread bytes: headers, or the body being read (as chunks, joined once complete). */
  private chunks: Buffer[] = [];
  private size = 0;
  /** Length of the body being read; -1 while reading headers. */
  private expected = -1;
  /** Bytes of the incomplete body already searched for a next frame. */
  private scanned = 0;
  private callback: DataCallback | null = null;

  constructor(private readonly readable: NodeJS.ReadableStream, private readonly options: FrameReaderOptions = {}) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer | string) => this.onData(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
      this.callback = null;
    });
  }

  private problem(message: string): void {
    this.options.onProblem?.(message);
  }

  private take(): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
    this.chunks = [];
    this.size = 0;
    return all;
  }

  private put(buffer: Buffer): void {
    this.chunks = buffer.length ? [buffer] : [];
    this.size = buffer.length;
  }

  /** Offset of the next frame's header in `buffer` at or after `from`, or -1. */
  private static nextFrame(buffer: Buffer, from: number): number {
    if (from >= buffer.length) return -1;
    const m = NEXT_FRAME.exec(buffer.toString('latin1', from));
    return m ? from + m.index : -1;
  }

  private onData(data: Buffer): void {
    try {
      this.chunks.push(data);
      this.size += data.length;
      this.drain();
    } catch (e) {
      // Never leave the reader in a broken state: drop what is buffered and wait for the next frame.
      this.chunks = [];
      this.size = 0;
      this.expected = -1;
      this.scanned = 0;
      this.problem(`lecture du flux interrompue (${(e as Error).message}) ; lecture reprise au message suivant.`);
    }
  }

  /** The last `n` bytes buffered (joining only the chunks they span). */
  private tail(n: number): Buffer {
    const parts: Buffer[] = [];
    let got = 0;
    for (let k = this.chunks.length - 1; k >= 0 && got < n; k--) {
      const c = this.chunks[k];
      const part = c.length <= n - got ? c : c.subarray(c.length - (n - got));
      parts.unshift(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, got);
  }

  /**
   * While a body is incomplete, look in the bytes not yet looked at (plus an overlap, for a header
   * cut between two reads) for a next frame: if one is there, the declared length was wrong.
   */
  private brokenBody(): boolean {
    const fresh = this.size - this.scanned;
    if (fresh <= 0) return false;
    const region = this.tail(fresh + Math.min(this.scanned, 512));
    this.scanned = this.size;
    const at = FrameReader.nextFrame(region, 0);
    if (at < 0) return false;
    const buffer = this.take();
    this.expected = -1;
    this.scanned = 0;
    this.problem('message mal formé ignoré : son en-tête Content-Length annonce plus d’octets que le message n’en contient.');
    this.put(buffer.subarray(buffer.length - region.length + at));
    return true;
  }

  private drain(): void {
    for (;;) {
      if (this.expected < 0) {
        if (this.size === 0) return;
        const buffer = this.take();
        const end = buffer.indexOf(HEADER_END);
        if (end < 0) {
          if (buffer.length <= MAX_HEADER_BYTES) {
            this.put(buffer); // the rest of the header is still to come
            return;
          }
          this.skip(buffer, 1, 'en-tête de message illisible');
          continue;
        }
        const length = FrameReader.contentLength(buffer.toString('latin1', 0, end));
        if (length === null) {
          this.skip(buffer, 1, 'en-tête de message sans Content-Length valide');
          continue;
        }
        this.expected = length;
        this.scanned = 0;
        this.put(buffer.subarray(end + HEADER_END.length));
      }
      if (this.size < this.expected) {
        if (this.brokenBody()) continue;
        return;
      }
      this.scanned = 0;
      const buffer = this.take();
      const body = buffer.subarray(0, this.expected);
      const rest = buffer.subarray(this.expected);
      this.expected = -1;
      let message: unknown;
      let valid = true;
      try {
        message = JSON.parse(body.toString('utf8'));
      } catch {
        valid = false;
      }
      if (valid && message !== null && typeof message === 'object' && !Array.isArray(message)) {
        this.put(rest);
        this.callback?.(message as Message);
        continue;
      }
      // Not a JSON-RPC message: skip it; if it swallowed the start of the next frame, read from there.
      const at = FrameReader.nextFrame(body, 0);
      this.problem(valid ? 'message ignoré : ce n’est pas un objet JSON-RPC.' : 'message ignoré : son contenu n’est pas du JSON valide.');
      this.put(at >= 0 ? Buffer.concat([body.subarray(at), rest]) : rest);
    }
  }

  /** Drops bytes up to the next frame header found from `from` (or everything but a possible header start). */
  private skip(buffer: Buffer, from: number, what: string): void {
    const at = FrameReader.nextFrame(buffer, from);
    this.problem(`${what} : octets ignorés jusqu’au message suivant.`);
    if (at >= 0) {
      this.put(buffer.subarray(at));
      return;
    }
    // Keep a tail that may be the start of a header still arriving.
    const text = buffer.toString('latin1');
    const partial = text.search(/c(?:o(?:n(?:t(?:e(?:n(?:t(?:-(?:l(?:e(?:n(?:g(?:t(?:h[^\r\n]*)?)?)?)?)?)?)?)?)?)?)?)?)?$/i);
    const keepFrom = CONTENT_LENGTH.test(text.slice(from)) ? text.slice(from).search(CONTENT_LENGTH) + from : partial >= from ? partial : buffer.length;
    this.put(buffer.subarray(keepFrom));
  }

  /** The Content-Length of a header block, or null when the block is not a valid LSP header. */
  private static contentLength(header: string): number | null {
    let length: number | null = null;
    for (const line of header.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return null;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(line.slice(0, colon).trim())) return null;
      if (name === 'content-length') {
        if (!/^\d{1,10}$/.test(value)) return null;
        length = Number(value);
        if (length > MAX_BODY_BYTES) return null;
      }
    }
    return length;
  }
}
