/** A user's mistake: reported as a message with exit code 2, never a stack trace. */
export class BadInput extends Error {}
