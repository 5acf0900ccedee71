/** A refusal or failure an operator can act on: its message is one line, shown as it is. */
export class OperationError extends Error {}
