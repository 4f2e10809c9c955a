;;; eglot-run.el --- Drives Emacs and Eglot, configured by the README, on an act  -*- lexical-binding: t -*-
;; Run after the README's configuration: emacs --batch -l eglot.el -l eglot-run.el
;; Opens the act (the configuration's hook starts Eglot), waits for the diagnostics, asks for the hover (ElDoc),
;; completes at point as completion-at-point and company do (Eglot's table filtered by the completion styles of
;; its category, the item chosen, its exit function run), applies a quick fix through `eglot-code-actions'.
;; Every wait polls a predicate with `accept-process-output' (never a fixed sleep). Results: JSON in
;; $ACTES_EDITORS_OUT.

(require 'json)
(require 'cl-lib)
(require 'subr-x)

(defvar actes-file (getenv "ACTES_EDITORS_FILE"))
(defvar actes-out (getenv "ACTES_EDITORS_OUT"))
(defvar actes-timeout (/ (string-to-number (or (getenv "ACTES_EDITORS_TIMEOUT") "30000")) 1000.0))
(defvar actes-results (list (cons 'editor "emacs") (cons 'version emacs-version)))
(defvar actes-steps nil)

(defun actes-put (key value) (push (cons key value) actes-results))

(defun actes-wait (what predicate)
  "Poll PREDICATE while processing server output; nil (and a step noted) after the timeout."
  (let ((deadline (+ (float-time) actes-timeout)) value)
    (while (and (not (setq value (ignore-errors (funcall predicate))))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless value (push (list (cons 'timeout what)) actes-steps))
    value))

(defun actes-idle ()
  "What Emacs does once the user pauses: run the idle timers (batch mode never is idle), here Eglot's didChange."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun actes-codes ()
  (mapcar (lambda (d)
            (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
              (plist-get lsp :code)))
          (flymake-diagnostics)))

(defun actes-line-of (text)
  (save-excursion
    (goto-char (point-min))
    (when (search-forward text nil t) (line-number-at-pos))))

(defun actes-complete (typed want)
  "On a new line holding TYPED after the last visa, complete at point and choose WANT (or the first candidate)."
  (let* ((after (actes-line-of "relatives à la dette et les emprunts,"))
         result)
    (goto-char (point-min))
    (forward-line after)
    (let ((start-of-new (point)))
      (insert "\n" typed "\n")
      (forward-line -1)
      (end-of-line)
      (let* ((capf (eglot-completion-at-point))
             (beg (nth 0 capf)) (end (nth 1 capf)) (table (nth 2 capf)) (props (nthcdr 3 capf))
             (metadata (completion-metadata (buffer-substring-no-properties beg (point)) table nil))
             (all (completion-all-completions (buffer-substring-no-properties beg (point)) table nil
                                              (- (point) beg) metadata))
             (last (last all)))
        (when (consp last) (setcdr last nil))
        (let ((sort (completion-metadata-get metadata 'display-sort-function)))
          (when sort (setq all (funcall sort all))))
        (let ((choice (or (and want (cl-find-if (lambda (c) (string-prefix-p want c)) all)) (car all))))
          (setq result (list (cons 'typed typed)
                             (cons 'candidates (vconcat (mapcar #'substring-no-properties (seq-take all 40))))
                             (cons 'count (length all))))
          (when choice
            ;; What completion-in-region does on a choice: replace the field, point after it, run the exit function.
            ;; (a copy: `completion--replace' strips the properties of the string it is given)
            (completion--replace beg end (copy-sequence choice))
            (goto-char (+ beg (length choice)))
            (funcall (plist-get props :exit-function) choice 'finished))))
      (push (cons 'line (buffer-substring-no-properties (line-beginning-position) (line-end-position))) result)
      ;; Leave the document as it was.
      (delete-region start-of-new (progn (forward-line 1) (point))))
    result))

(defun actes-main ()
  (find-file actes-file)
  (actes-put 'mode (symbol-name major-mode))
  ;; `eglot-ensure' connects on the first command, as when a person starts typing.
  (run-hooks 'post-command-hook)
  (actes-wait "connexion" (lambda () (eglot-current-server)))
  (actes-put 'managed (and (bound-and-true-p eglot--managed-mode) t))

  ;; 1. Diagnostics, once the settings are honoured (CIT-001 off in the README's configuration).
  (actes-wait "diagnostics"
              (lambda ()
                (flymake-start)
                (let ((c (actes-codes)))
                  (and (member "SIG-001" c) (member "DAT-001" c) (not (member "CIT-001" c))))))
  (actes-put 'diagnostics (vconcat (actes-codes)))

  ;; 2. Hover, as ElDoc shows it.
  (goto-char (point-min))
  (search-forward "L. 2122-22")
  (backward-char 3)
  (let (hover)
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
    (actes-wait "survol" (lambda () hover))
    (actes-put 'hover (and hover (substring-no-properties hover))))

  ;; 3. Completion.
  (actes-put 'completion
             (vector (actes-complete "Vu " "le code général des collectivités territoriales, notamment")
                     (actes-complete "Vu" "Vu le code général des collectivités territoriales, notamment")
                     (actes-complete "Vu le c" "le code général des collectivités territoriales, notamment")
                     (actes-complete "Vu l’article L. 2122-2" "L. 2122-22")))

  ;; 4. Quick fix on « Fait à Chambéry, » (DAT-001): the preferred action of the menu.
  (goto-char (point-min))
  (search-forward "Fait à Chambéry,")
  (beginning-of-line)
  (let (offered)
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt collection &optional _pred _req _init _hist default &rest _)
                 (setq offered (mapcar (lambda (c) (if (consp c) (car c) c)) collection))
                 (or (and (stringp default) default) (car offered)))))
      ;; As when called from the keyboard (M-x), not from a mouse menu.
      (let ((last-nonmenu-event ?\C-m))
        (eglot-code-actions (line-beginning-position) (line-end-position) nil t)))
    (actes-put 'quickfix (list (cons 'offered (vconcat offered))
                               (cons 'line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))))
  (actes-wait "diagnostics après correction"
              (lambda () (actes-idle) (flymake-start) (not (member "DAT-001" (actes-codes)))))
  (actes-put 'diagnosticsAfterFix (vconcat (actes-codes))))

(condition-case err
    (actes-main)
  (error (actes-put 'error (format "%S" err))))
(actes-put 'steps (vconcat (reverse actes-steps)))
(with-temp-file actes-out
  (insert (json-encode actes-results)))
(ignore-errors (eglot-shutdown (eglot-current-server)))
(kill-emacs 0)
