// Where a long name or sign-in name may break when its column is too narrow: after "_", "." or "/" and before "@",
// as a person would split "DiegoS@contoso.onmicrosoft.com" or "Contoso_Helpdesk_Administrators" by hand.
const wrapPoint = /(?<=[_./])(?=[^_./\s])|(?<=\S)(?=@)/;

/**
 * The text in pieces that may each start a new line ("DiegoS", "@contoso.", "onmicrosoft.", "com"); spaces and
 * hyphens break lines on their own, so they need no piece of their own.
 */
export function wrapSegments(text: string): string[] {
  return text.split(wrapPoint);
}
