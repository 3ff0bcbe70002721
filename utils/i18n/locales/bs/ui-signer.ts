/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '„{value}” nije otisak ključa: otisak ima 64 heksadecimalne cifre (0–9, a–f); razmaci i dvotačke između njih su dozvoljeni.',
  'error.trustedKeysLine': 'Red {line} nije otisak ključa (64 heksadecimalne cifre) iza kojeg slijedi oznaka.',
  'error.trustedKeysTwice': 'Red {line} ponovo navodi otisak iz reda {first}.',
  'error.trustedKeysEmpty': 'Spisak ne sadrži nijedan otisak ključa: upišite jedan po redu, a iza njega oznaku.',
  'nav.keyCard': 'Kartica ključa',
  'title.keyCard': 'Kartica ključa',
  'state.what.keyCard': 'Ključ za potpisivanje',
  'settings.keyCard': 'Odštampaj karticu ključa',
  'keyCard.heading': 'Dokaz: kartica ključa',
  'keyCard.intro':
    'Odštampajte ovu karticu ili pročitajte otisak i lično ga predajte onima koji će primati vaše pakete dokaza (policiji, tužilaštvu, advokatu), odvojeno od svakog paketa: tako će znati da paket dolazi od vas. Kartica ne sadrži ništa tajno.',
  'keyCard.holderLabel': 'Ime na kartici (ne čuva se; ostavite prazno da biste ga upisali rukom)',
  'keyCard.fingerprint': 'Otisak ključa za potpisivanje (SHA-256)',
  'keyCard.qr': 'QR kod otiska',
  'keyCard.made': 'Ključ napravljen',
  'keyCard.madeByFirstExport':
    'najkasnije {date}: njegov prvi izvoz (dan kada je ključ napravljen nije se bilježio prije ove verzije Dokaza)',
  'keyCard.madeUnknown': 'nije zabilježeno (ključ je napravila starija verzija Dokaza)',
  'keyCard.algorithm': 'Algoritam',
  'keyCard.forPolice': 'Za policiju i tužilaštvo',
  'keyCard.policeText':
    'Ovo je otisak ključa kojim se potpisuju paketi dokaza koje pravi {holder} pomoću Dokaza. Svaki paket sadrži vlastiti javni ključ: posljednja komanda u njegovom VERIFY.txt ispisuje otisak tog ključa, a „dokaz-verify --fingerprint“ ih upoređuje umjesto vas. Paket čiji se otisak javnog ključa razlikuje od otiska na ovoj kartici nije potpisan Dokazom ove osobe, šta god sam paket tvrdio.',
  'keyCard.givenOn': 'Datum predaje',
  'keyCard.givenTo': 'Primalac',
  'keyCard.print': 'Odštampaj karticu',
  'keyCard.noKeyHeading': 'Još nema ključa za potpisivanje',
  'keyCard.noKey':
    'Dokaz pravi ključ za potpisivanje pri prvom izvozu. Napravite ga sada kako biste predali karticu prije nego što pošaljete bilo koji paket: svaki paket koji ovaj preglednik potpiše bit će potpisan tim ključem.',
  'keyCard.make': 'Napravi ključ sada',
  'keyCard.making': 'Ključ se pravi…',
  'keyCard.makeFailed': 'Ključ nije napravljen: {reason}',
  'keyCard.newKeyNote':
    'Brisanje svega u Postavkama briše i ovaj ključ: sljedeći izvoz pravi novi, i morat ćete predati novu karticu.',
  'error.keyChanged':
    'Ključ za potpisivanje je zamijenjen dok je ovaj paket pravljen, pa paket nije napravljen. Izvezite ga ponovo.',
  'error.keyLocked':
    'Dokaz je zaključan: otključajte ga da biste izvozili. Dok je zaključan, njegov ključ za potpisivanje ne može se koristiti, pa se nijedan paket ne može potpisati.',
  'keyCard.previousHeading': 'Raniji ključevi',
  'keyCard.previousIntro':
    'Ovaj ključ je zamijenio ključeve ispod kada je postavljena lozinka. Paketi potpisani prije toga nose raniji ključ; svaki paket od tada sadrži primopredaju ovom ključu, potpisanu ranijim, pa i kartica data ranije i dalje ga potvrđuje.',
  'keyCard.replacedOn': 'zamijenjen {date}',
  'verify.signerHeading': 'Čiji je paket',
  'verify.signerIntro':
    'Paket sadrži vlastiti ključ, pa svako može potpisati kopiju svojim. Unesite otisak koji vam je pošiljalac dao odvojeno od paketa (pročitan telefonom, na odštampanoj kartici ključa, lično) kako biste potvrdili ko ga je potpisao.',
  'verify.expectedLabel': 'Očekivani otisak ključa',
  'verify.trustedLabel': 'Ili spisak pouzdanih ključeva: jedan otisak po redu, zatim čiji je',
  'verify.trustedFile': 'Učitaj spisak iz datoteke…',
  'verify.keysInvalid': 'Ovo nije moguće upotrijebiti: {reason}',
  'verify.passedUnconfirmed': '{file}: sadržaj netaknut, potpisnik nije potvrđen',
  'verify.signerConfirmed': 'Potpisnik potvrđen: potpisan ključem označenim kao „{label}”.',
  'verify.signerConfirmedGiven': 'Potpisnik potvrđen: potpisan ključem čiji ste otisak unijeli.',
  'verify.signerMismatch': 'Nije očekivani potpisnik: ovaj paket je potpisan drugim ključem.',
  'verify.signerExpected': 'Očekivano',
  'verify.signerActual': 'Potpisan ključem',
  'verify.signerNoKey': 'nema upotrebljivog ključa',
  'verify.signerUnconfirmed':
    'Potpisnik nije potvrđen: ništa ovdje ne pokazuje ko je potpisao ovaj paket. Uporedite njegov otisak s onim koji vam je pošiljalac dao odvojeno od paketa, ili ga unesite iznad.',
};
