// The API's messages of data protection requests (access and erasure): staff
// read them (admins), so German and English.
export const privacyDe = {
  "privacy.confirmErasure": "Bitte bestätigen Sie, dass diese Person gelöscht werden soll. Das lässt sich nicht rückgängig machen.",
  "privacy.cannotEraseYourself": "Sie können Ihre eigenen Daten nicht selbst löschen. Bitte wenden Sie sich an eine andere Administration.",
  "privacy.accountInOtherOrganization": "Dieses Konto wird noch von einer anderen Organisation genutzt. Die Löschung muss dort ebenfalls beantragt werden.",
  "privacy.openTandem": "Die Person hat noch {count} vorgeschlagene oder laufende Tandems. Bitte beenden Sie diese zuerst.",
  "privacy.upcomingAppointment": "Es stehen noch {count} Termine an. Bitte sagen Sie sie zuerst ab.",
  "privacy.upcomingInterpreting": "Die Person ist noch für {count} kommende Sprachmittlungen eingeteilt. Bitte teilen Sie diese zuerst neu zu.",
  "privacy.donationPending": "Über {count} Spenden ist noch nicht entschieden (Annahme nach § 111 NKomVG). Erst danach kann gelöscht werden.",
  "privacy.receiptDue": "Für {count} Spenden aus diesem oder dem letzten Jahr steht die Zuwendungsbestätigung noch aus. Bitte stellen Sie sie zuerst aus.",
  "privacy.donationToReturn": "{count} abgelehnte Spenden sind noch zurückzugeben; dafür werden Name und Anschrift gebraucht.",
};

export const privacyEn: Record<keyof typeof privacyDe, string> = {
  "privacy.confirmErasure": "Please confirm that this person is to be erased. This cannot be undone.",
  "privacy.cannotEraseYourself": "You cannot erase your own data. Please ask another administrator.",
  "privacy.accountInOtherOrganization": "Another organisation still uses this account. The erasure has to be requested there as well.",
  "privacy.openTandem": "The person still has {count} proposed or running tandems. Please end them first.",
  "privacy.upcomingAppointment": "{count} appointments still lie ahead. Please cancel them first.",
  "privacy.upcomingInterpreting": "The person is still assigned to {count} upcoming interpreting requests. Please reassign them first.",
  "privacy.donationPending": "{count} donations still await the acceptance decision (§ 111 NKomVG). Erasure is possible after it.",
  "privacy.receiptDue": "The Zuwendungsbestätigung for {count} donations of this or last year is still owed. Please issue it first.",
  "privacy.donationToReturn": "{count} refused donations are still to be returned, which needs the name and address.",
};
