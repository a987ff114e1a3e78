// Domain layer: the typed errors every layer throws; the HTTP edge maps them to RFC 9457 problems once.

export interface VeldFout {
  /** Path of the offending field in the request body, dot-separated (`aanvrager.telefoon`). */
  veld: string;
  melding: string;
  /** The path as segments, when a key may itself hold a dot (an unknown key `a.b`); the pointer is built from it. */
  pad?: readonly (string | number)[];
}

export abstract class DomeinFout extends Error {
  abstract readonly status: number;
  constructor(
    /** Stable, machine-readable code (`STAP_AL_VOLTOOID`); never changes once published. */
    readonly code: string,
    message: string,
    readonly velden: VeldFout[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidatieFout extends DomeinFout {
  readonly status = 400;
}

export class NietGeauthenticeerdFout extends DomeinFout {
  readonly status = 401;
}

export class GeenToegangFout extends DomeinFout {
  readonly status = 403;
}

/** Also used for a case of another gemeente: its existence is not disclosed. */
export class NietGevondenFout extends DomeinFout {
  readonly status = 404;
}

export class ConflictFout extends DomeinFout {
  readonly status = 409;
}

/**
 * The case is closed and takes no further change (DESIGN 2.8). Its own class, so a workflow Task that meets it (the
 * case was ended while the Task ran) ends the execution as closed instead of failing: the ASL catches it by name.
 */
export class TrajectAfgeslotenFout extends ConflictFout {
  constructor(afgesloten: { op: string; reden: string }) {
    super(
      'TRAJECT_AFGESLOTEN',
      `het traject is afgesloten op ${afgesloten.op} (${afgesloten.reden}) en wordt niet meer gewijzigd`,
    );
  }
}

/** A business rule refused the command (e.g. a step that is not open). */
export class RegelFout extends DomeinFout {
  readonly status = 422;
}

/** The request body is not JSON (Content-Type other than application/json or a +json type). */
export class MediatypeFout extends DomeinFout {
  readonly status = 415;
}

/** The request is too large to handle (a body above the limit, or a case that would outgrow its store item). */
export class TeGrootFout extends DomeinFout {
  readonly status = 413;
}
