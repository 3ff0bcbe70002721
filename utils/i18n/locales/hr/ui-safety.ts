/** Victim safety: the quick exit, discreet mode and deleting everything (the victim-safety issue). */
export const safetyUi = {
  'shortcut.quickExit': 'Brzi izlaz: zamijeni svaku stranicu proširenja Dokaz vremenskom prognozom',
  'quickExit.label': 'Brzi izlaz',
  'quickExit.title': 'Odmah napustite Dokaz i otvorite vremensku prognozu (Alt+Shift+X)',

  'settings.safetyHeading': 'Sigurnost',
  'settings.quickExitIntro':
    'Brzi izlaz: gumb {button} na vrhu svake stranice proširenja Dokaz, ili {shortcut} bilo gdje u pregledniku, odmah zamjenjuje sve stranice proširenja Dokaz i karticu na zaslonu vremenskom prognozom te zaključava Dokaz ako ima lozinku.',
  'settings.discreetLabel': 'Diskretni način: bez oznake na gumbu Dokaz i bez obavijesti',
  'settings.discreetWhy':
    'Za računalo kojim se služi još netko: ništa na zaslonu ne pokazuje da je nešto upravo dokumentirano. Da biste vidjeli je li zapis spremljen, kliknite gumb Dokaz na alatnoj traci.',
  'settings.neutralNamesLabel':
    'Neutralni nazivi datoteka: spremljeni paketi i tablice zovu se „export-<datum>-<vrijeme>“, bez Dokaz i bez naziva slučaja',
  'settings.neutralNamesWhy':
    'Popis preuzimanja u pregledniku prikazuje naziv svake spremljene datoteke. Uključeno u diskretnom načinu, osim ako odaberete drukčije. U diskretnom načinu brzi izlaz uklanja i datoteke Dokaza s tog popisa (same datoteke ostaju gdje su spremljene); brisanje svega to uvijek čini.',

  'wipe.heading': 'Izbriši sve',
  'wipe.intro': 'Trajno uklanja sve što Dokaz čuva u ovom pregledniku.',
  'wipe.open': 'Izbriši sve…',
  'wipe.question': 'Izbrisati sve što Dokaz čuva u ovom pregledniku?',
  'wipe.whatGoes': 'Briše se:',
  'wipe.item.captures': 'svaki zapis, sa snimkama zaslona, tekstom, preslikom stranice i datotekama',
  'wipe.item.custody': 'zapisnik lanca čuvanja',
  'wipe.item.cases': 'slučajevi i sve oznake, kategorije zlostavljanja i bilješke',
  'wipe.item.catalogue': 'grupe i računi',
  'wipe.item.key':
    'ključ za potpisivanje: već poslani paketi i dalje se mogu provjeriti, ali nijedan novi paket neće biti potpisan njime',
  'wipe.item.settings': 'postavke, i lozinka ako ste je postavili',
  'wipe.irreversible': 'To se ne može poništiti: nitko, pa ni Dokaz, ne može ništa od toga vratiti.',
  'wipe.savedFiles':
    'Paketi i CSV datoteke koje ste već spremili (na primjer u mapi „Preuzimanja“) ostaju gdje jesu; izbrišite ih sami ako je potrebno.',
  'wipe.exportFirst':
    'Prije nego što nastavite, možete izvesti sve zapise kao potpisani paket dokaza i spremiti ga na sigurno mjesto.',
  'wipe.continue': 'Nastavi',
  'wipe.cancel': 'Odustani',
  'wipe.word': 'IZBRIŠI',
  'wipe.wordLabel': 'Da biste izbrisali sve, upišite {word}',
  'wipe.wrongWord': 'To nije {word}. Ništa nije izbrisano.',
  'wipe.confirm': 'Izbriši sve sada',
  'wipe.busy': 'Brisanje…',
  'wipe.failed': 'Nije bilo moguće izbrisati sve: {reason}. Pokušajte ponovno.',
};
