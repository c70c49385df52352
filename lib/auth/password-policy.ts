// The password strength rule, shared by the client form and the server (NIST 800-63B style:
// length over composition, plus refusing passwords built from the user's own email or name).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "tooSimple" | "containsPersonalInfo";

export function checkPasswordStrength(password: string, context: { email?: string; name?: string } = {}): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  const distinct = new Set(password.toLowerCase()).size;
  if (classes < 2 || distinct < 6) return "tooSimple";
  const lowered = password.toLowerCase();
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? [])]
    .map((part) => part?.toLowerCase().trim() ?? "")
    .filter((part) => part.length >= 4);
  if (personal.some((part) => lowered.includes(part))) return "containsPersonalInfo";
  return null;
}
