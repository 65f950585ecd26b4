const UNIT_FACTORS: Record<string, number> = {
  b: 1,
  kb: 1024,
  kib: 1024,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * Parses a byte size as `NEWSGRAPH_MAX_DOCUMENT_BYTES` and the CLIs' `--max-bytes` take it: a number of bytes, or
 * one with a binary unit ("4194304", "512KiB", "4MiB"; KB/MB/GB mean the same 1024-based units). Undefined for
 * empty input; throws a RangeError with a readable message otherwise.
 */
export function parseByteSize(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const m = /^\s*(\d+)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$/i.exec(value);
  if (!m) throw new RangeError(`Not a byte size: ${JSON.stringify(value)} (e.g. 4194304, 512KiB, 4MiB)`);
  const bytes = Number(m[1]) * UNIT_FACTORS[(m[2] ?? 'b').toLowerCase()]!;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new RangeError(`Byte size out of range: ${value}`);
  return bytes;
}
