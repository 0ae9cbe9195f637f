// Passwords of 12 or more characters that appear in public breach lists, and
// the patterns behind most of them. Short ones are already refused by length.
const COMMON = new Set(
  [
    "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111", "000000000000",
    "123123123123", "123412341234", "qwertyuiopas", "qwertyuiop123", "qwerty123456", "qwertz123456",
    "qwertzuiopü", "1q2w3e4r5t6y", "1qaz2wsx3edc", "zaq12wsxcde3", "asdfghjklöä", "asdfghjkl123",
    "password1234", "password12345", "password123!", "passwort1234", "passwort123!", "passwort12345",
    "passwordpassword", "iloveyou1234", "welcome12345", "willkommen123", "willkommen1234", "letmein12345",
    "administrator", "administrator1", "admin1234567", "changeme1234", "sommer2024!!", "sommer2025!!",
    "sommer2026!!", "winter2025!!", "winter2026!!", "fruehling2026", "herbst2026!!", "hallo1234567",
    "hallohallo12", "schatzi12345", "fussball1234", "fußball12345", "borussia1909", "schalke04schalke",
    "bayernmuenchen", "dortmund1909", "deutschland1", "deutschland123", "oldenburg123", "osnabrueck123",
    "lotse1234567", "integration1", "integration123", "ehrenamt1234", "geheim123456", "geheimgeheim",
    "abcdefghijkl", "abcdefg12345", "abc123abc123", "michael12345", "superman1234", "princess1234",
    "sunshine1234", "football1234", "baseball1234", "starwars1234", "trustno1trustno1", "monkey123456",
  ].map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON.has(p)) return true;
  if (/^(.)\1+$/.test(p)) return true; // one character repeated
  if (/^(.{1,4})\1{2,}$/.test(p)) return true; // a short block repeated ("abcabcabcabc")
  if ("01234567890123456789".includes(p) || "abcdefghijklmnopqrstuvwxyz".includes(p)) return true;
  return false;
}
