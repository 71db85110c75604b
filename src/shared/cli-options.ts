import { InvalidArgumentError } from "commander";

/** A commander option parser for counts (batch sizes, seeds): a whole number of at least 1. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError("must be a positive whole number");
  }
  return number;
}
