/**
 * Parameter checks shared by the distribution constructors. Each throws a RangeError
 * that names the owner and parameter, what was expected and what was found.
 */

export function requireFinite(owner: string, name: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${owner}: ${name} must be a finite number; got ${value}`);
  }
}

export function requirePositive(owner: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${owner}: ${name} must be a finite number > 0; got ${value}`);
  }
}

export function requirePositiveInteger(owner: string, name: string, value: number): void {
  if (!(Number.isInteger(value) && value >= 1)) {
    throw new RangeError(`${owner}: ${name} must be an integer >= 1; got ${value}`);
  }
}
