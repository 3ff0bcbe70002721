/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '„{value}” nije otisak ključa: otisak ima 64 heksadecimalne znamenke (0–9, a–f); razmaci i dvotočke između njih su dopušteni.',
  'error.trustedKeysLine': 'Redak {line} nije otisak ključa (64 heksadecimalne znamenke) iza kojeg slijedi oznaka.',
  'error.trustedKeysTwice': 'Redak {line} ponovno navodi otisak iz retka {first}.',
  'error.trustedKeysEmpty': 'Popis ne sadrži nijedan otisak ključa: upišite jedan po retku, a iza njega oznaku.',
  'nav.keyCard': 'Kartica ključa',
  'title.keyCard': 'Kartica ključa',
  'state.what.keyCard': 'Ključ za potpisivanje',
  'settings.keyCard': 'Ispiši karticu ključa',
  'keyCard.heading': 'Kartica ključa (Dokaz)',
  'keyCard.intro':
    'Ispišite ovu karticu ili pročitajte otisak i osobno ga predajte onima koji će primati vaše pakete dokaza (policiji, državnom odvjetništvu, odvjetniku), odvojeno od svakog paketa: tako će znati da paket dolazi od vas. Kartica ne sadrži ništa tajno.',
  'keyCard.holderLabel': 'Ime na kartici (ne sprema se; ostavite prazno da biste ga upisali rukom)',
  'keyCard.fingerprint': 'Otisak ključa za potpisivanje (SHA-256)',
  'keyCard.qr': 'QR kôd otiska',
  'keyCard.made': 'Ključ izrađen',
  'keyCard.madeByFirstExport':
    'najkasnije {date}: njegov prvi izvoz (dan izrade ključa nije se bilježio prije ove inačice proširenja Dokaz)',
  'keyCard.madeUnknown': 'nije zabilježeno (ključ je izradila starija inačica proširenja Dokaz)',
  'keyCard.algorithm': 'Algoritam',
  'keyCard.forPolice': 'Za policiju i državno odvjetništvo',
  'keyCard.policeText':
    'Ovo je otisak ključa kojim se potpisuju paketi dokaza koje izrađuje {holder} proširenjem Dokaz. Svaki paket sadrži vlastiti javni ključ: posljednja naredba u njegovu VERIFY.txt ispisuje otisak tog ključa, a „dokaz-verify --fingerprint“ ih uspoređuje umjesto vas. Paket čiji se otisak javnog ključa razlikuje od otiska na ovoj kartici nije potpisan proširenjem Dokaz ove osobe, što god sam paket tvrdio.',
  'keyCard.givenOn': 'Datum predaje',
  'keyCard.givenTo': 'Primatelj',
  'keyCard.print': 'Ispiši karticu',
  'keyCard.noKeyHeading': 'Još nema ključa za potpisivanje',
  'keyCard.noKey':
    'Dokaz izrađuje ključ za potpisivanje pri prvom izvozu. Izradite ga sada kako biste predali karticu prije nego što pošaljete bilo koji paket: svaki paket koji ovaj preglednik potpiše bit će potpisan tim ključem.',
  'keyCard.make': 'Izradi ključ sada',
  'keyCard.making': 'Ključ se izrađuje…',
  'keyCard.makeFailed': 'Ključ nije izrađen: {reason}',
  'keyCard.newKeyNote':
    'Brisanje svega u Postavkama briše i ovaj ključ: sljedeći izvoz izrađuje novi, i morat ćete predati novu karticu.',
  'error.keyChanged':
    'Ključ za potpisivanje zamijenjen je dok se ovaj paket izrađivao pa paket nije izrađen. Izvezite ga ponovno.',
  'error.keyLocked':
    'Dokaz je zaključan: otključajte ga da biste izvozili. Dok je zaključan, njegov ključ za potpisivanje ne može se koristiti pa se nijedan paket ne može potpisati.',
  'keyCard.previousHeading': 'Raniji ključevi',
  'keyCard.previousIntro':
    'Ovaj je ključ zamijenio ključeve ispod kad je postavljena lozinka. Paketi potpisani prije toga nose raniji ključ; svaki paket otada sadrži primopredaju ovom ključu, potpisanu ranijim, pa i kartica dana ranije i dalje ga potvrđuje.',
  'keyCard.replacedOn': 'zamijenjen {date}',
  'verify.signerHeading': 'Čiji je paket',
  'verify.signerIntro':
    'Paket sadrži vlastiti ključ pa svatko može potpisati kopiju svojim. Unesite otisak koji vam je pošiljatelj dao odvojeno od paketa (pročitan telefonom, na ispisanoj kartici ključa, osobno) kako biste potvrdili tko ga je potpisao.',
  'verify.expectedLabel': 'Očekivani otisak ključa',
  'verify.trustedLabel': 'Ili popis pouzdanih ključeva: jedan otisak po retku, zatim čiji je',
  'verify.trustedFile': 'Učitaj popis iz datoteke…',
  'verify.keysInvalid': 'Ovo nije moguće upotrijebiti: {reason}',
  'verify.passedUnconfirmed': '{file}: sadržaj netaknut, potpisnik nije potvrđen',
  'verify.signerConfirmed': 'Potpisnik potvrđen: potpisan ključem označenim kao „{label}”.',
  'verify.signerConfirmedGiven': 'Potpisnik potvrđen: potpisan ključem čiji ste otisak unijeli.',
  'verify.signerMismatch': 'Nije očekivani potpisnik: ovaj je paket potpisan drugim ključem.',
  'verify.signerExpected': 'Očekivano',
  'verify.signerActual': 'Potpisan ključem',
  'verify.signerNoKey': 'nema upotrebljivog ključa',
  'verify.signerUnconfirmed':
    'Potpisnik nije potvrđen: ništa ovdje ne pokazuje tko je potpisao ovaj paket. Usporedite njegov otisak s onim koji vam je pošiljatelj dao odvojeno od paketa ili ga unesite iznad.',
};
