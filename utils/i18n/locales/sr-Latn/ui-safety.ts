/** Victim safety: the quick exit, discreet mode and deleting everything (the victim-safety issue). */
export const safetyUi = {
  'shortcut.quickExit': 'Brzi izlaz: zameni svaku stranicu proširenja Dokaz vremenskom prognozom',
  'quickExit.label': 'Brzi izlaz',
  'quickExit.title': 'Odmah napustite Dokaz i otvorite vremensku prognozu (Alt+Shift+X)',

  'settings.safetyHeading': 'Bezbednost',
  'settings.quickExitIntro':
    'Brzi izlaz: dugme {button} na vrhu svake stranice proširenja Dokaz, ili {shortcut} bilo gde u pregledaču, odmah zamenjuje sve stranice proširenja Dokaz i karticu na ekranu vremenskom prognozom i zaključava Dokaz ako ima lozinku.',
  'settings.discreetLabel': 'Diskretni režim: bez oznake na dugmetu Dokaz i bez obaveštenja',
  'settings.discreetWhy':
    'Za računar koji koristi još neko: ništa na ekranu ne pokazuje da je nešto upravo dokumentovano. Da biste videli da li je zapis sačuvan, kliknite na dugme Dokaz na traci sa alatkama.',
  'settings.neutralNamesLabel':
    'Neutralna imena datoteka: sačuvani paketi i tabele zovu se „export-<datum>-<vreme>“, bez Dokaz i bez imena slučaja',
  'settings.neutralNamesWhy':
    'Lista preuzimanja u pregledaču pokazuje ime svake sačuvane datoteke. Uključeno u diskretnom režimu, osim ako izaberete drugačije. U diskretnom režimu brzi izlaz uklanja i datoteke Dokaz-a sa te liste (same datoteke ostaju gde su sačuvane); brisanje svega to uvek radi.',

  'wipe.heading': 'Obriši sve',
  'wipe.intro': 'Trajno uklanja sve što Dokaz čuva u ovom pregledaču.',
  'wipe.open': 'Obriši sve…',
  'wipe.question': 'Obrisati sve što Dokaz čuva u ovom pregledaču?',
  'wipe.whatGoes': 'Briše se:',
  'wipe.item.captures': 'svaki zapis, sa snimcima ekrana, tekstom, kopijom stranice i datotekama',
  'wipe.item.custody': 'dnevnik lanca čuvanja',
  'wipe.item.cases': 'slučajevi i sve oznake, kategorije zlostavljanja i beleške',
  'wipe.item.catalogue': 'grupe i nalozi',
  'wipe.item.key':
    'ključ za potpisivanje: već poslati paketi mogu se i dalje proveriti, ali nijedan novi paket neće biti potpisan njime',
  'wipe.item.settings': 'podešavanja, i lozinka ako ste je postavili',
  'wipe.irreversible': 'Ovo ne može da se opozove: niko, pa ni Dokaz, ne može ništa od toga da vrati.',
  'wipe.savedFiles':
    'Paketi i CSV datoteke koje ste već sačuvali (na primer u fascikli „Preuzimanja“) ostaju gde jesu; obrišite ih sami ako je potrebno.',
  'wipe.exportFirst':
    'Pre nego što nastavite, možete da izvezete sve zapise kao potpisani paket dokaza i da ga čuvate na bezbednom mestu.',
  'wipe.continue': 'Nastavi',
  'wipe.cancel': 'Otkaži',
  'wipe.word': 'OBRIŠI',
  'wipe.wordLabel': 'Da biste obrisali sve, upišite {word}',
  'wipe.wrongWord': 'To nije {word}. Ništa nije obrisano.',
  'wipe.confirm': 'Obriši sve sada',
  'wipe.busy': 'Brisanje…',
  'wipe.failed': 'Nije moglo sve da se obriše: {reason}. Pokušajte ponovo.',
};
