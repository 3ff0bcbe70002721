/** Victim safety: the quick exit, discreet mode and deleting everything (the victim-safety issue). */
export const safetyUi = {
  'shortcut.quickExit': 'Brzi izlaz: zamijeni svaku stranicu proširenja Dokaz vremenskom prognozom',
  'quickExit.label': 'Brzi izlaz',
  'quickExit.title': 'Odmah napustite Dokaz i otvorite vremensku prognozu (Alt+Shift+X)',

  'settings.safetyHeading': 'Sigurnost',
  'settings.quickExitIntro':
    'Brzi izlaz: dugme {button} na vrhu svake stranice proširenja Dokaz, ili {shortcut} bilo gdje u pregledniku, odmah zamjenjuje sve stranice proširenja Dokaz i karticu na ekranu vremenskom prognozom i zaključava Dokaz ako ima lozinku.',
  'settings.discreetLabel': 'Diskretni način: bez oznake na dugmetu Dokaz i bez obavještenja',
  'settings.discreetWhy':
    'Za računar koji koristi još neko: ništa na ekranu ne pokazuje da je nešto upravo dokumentovano. Da biste vidjeli da li je zapis sačuvan, kliknite na dugme Dokaz na alatnoj traci.',
  'settings.neutralNamesLabel':
    'Neutralni nazivi datoteka: sačuvani paketi i tabele zovu se „export-<datum>-<vrijeme>“, bez Dokaz i bez naziva slučaja',
  'settings.neutralNamesWhy':
    'Lista preuzimanja u pregledniku prikazuje naziv svake sačuvane datoteke. Uključeno u diskretnom načinu, osim ako odaberete drugačije. U diskretnom načinu brzi izlaz uklanja i datoteke Dokaza s te liste (same datoteke ostaju tamo gdje su sačuvane); brisanje svega to uvijek radi.',

  'wipe.heading': 'Izbriši sve',
  'wipe.intro': 'Trajno uklanja sve što Dokaz čuva u ovom pregledniku.',
  'wipe.open': 'Izbriši sve…',
  'wipe.question': 'Izbrisati sve što Dokaz čuva u ovom pregledniku?',
  'wipe.whatGoes': 'Briše se:',
  'wipe.item.captures': 'svaki zapis, sa snimcima ekrana, tekstom, kopijom stranice i datotekama',
  'wipe.item.custody': 'dnevnik dokaznog lanca',
  'wipe.item.cases': 'slučajevi i sve oznake, kategorije zlostavljanja i bilješke',
  'wipe.item.catalogue': 'grupe i računi',
  'wipe.item.key':
    'ključ za potpisivanje: već poslani paketi i dalje se mogu provjeriti, ali nijedan novi paket neće biti potpisan njime',
  'wipe.item.settings': 'postavke, i lozinka ako ste je postavili',
  'wipe.irreversible': 'Ovo se ne može poništiti: niko, pa ni Dokaz, ne može ništa od toga vratiti.',
  'wipe.savedFiles':
    'Paketi i CSV datoteke koje ste već sačuvali (na primjer u folderu „Preuzimanja“) ostaju gdje jesu; izbrišite ih sami ako je potrebno.',
  'wipe.exportFirst':
    'Prije nego što nastavite, možete izvesti sve zapise kao potpisani paket dokaza i čuvati ga na sigurnom mjestu.',
  'wipe.continue': 'Nastavi',
  'wipe.cancel': 'Otkaži',
  'wipe.word': 'IZBRIŠI',
  'wipe.wordLabel': 'Da biste izbrisali sve, upišite {word}',
  'wipe.wrongWord': 'To nije {word}. Ništa nije izbrisano.',
  'wipe.confirm': 'Izbriši sve sada',
  'wipe.busy': 'Brisanje…',
  'wipe.failed': 'Nije bilo moguće izbrisati sve: {reason}. Pokušajte ponovo.',
};
