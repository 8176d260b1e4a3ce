// A package that is refused, with the message the officer sees; code is the API error code
// (FILE_REFUSED for anything wrong with the file itself).
export class PackageRefused extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export const fileRefused = (message: string): PackageRefused => new PackageRefused('FILE_REFUSED', message);
