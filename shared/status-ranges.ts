export interface StatusRange {
  min: number;
  max: number;
}

/** A set of HTTP status codes such as `200-299,304` or `2xx, 301`. */
export class StatusSet {
  constructor(
    readonly ranges: readonly StatusRange[],
    readonly text: string,
  ) {}

  has(status: number): boolean {
    return this.ranges.some((range) => status >= range.min && status <= range.max);
  }

  toString(): string {
    return this.text;
  }
}

/** Returns undefined when any part is not a status, a range `a-b` or a class `2xx`. */
export function parseStatusSet(text: string): StatusSet | undefined {
  const parts = text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const ranges: StatusRange[] = [];
  for (const part of parts) {
    const range = parseRange(part.toLowerCase());
    if (!range) return undefined;
    ranges.push(range);
  }
  return new StatusSet(ranges, parts.join(','));
}

function parseRange(part: string): StatusRange | undefined {
  const klass = /^([1-5])xx$/.exec(part);
  if (klass) return { min: Number(klass[1]) * 100, max: Number(klass[1]) * 100 + 99 };
  const range = /^(\d{3})(?:-(\d{3}))?$/.exec(part);
  if (!range) return undefined;
  const min = Number(range[1]);
  const max = range[2] === undefined ? min : Number(range[2]);
  if (min < 100 || max > 599 || min > max) return undefined;
  return { min, max };
}
