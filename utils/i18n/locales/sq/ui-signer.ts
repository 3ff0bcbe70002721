/** Whose pack is it (issue 14): the key card, and confirming a pack's signer on the verify page and in dokaz-verify. */
export const signerUi = {
  'error.fingerprintFormat':
    '“{value}” nuk është gjurmë digjitale çelësi: një gjurmë ka 64 shifra heksadecimale (0–9, a–f); lejohen hapësirat dhe dy pikat midis tyre.',
  'error.trustedKeysLine':
    'Rreshti {line} nuk është gjurmë digjitale çelësi (64 shifra heksadecimale) e ndjekur nga një etiketë.',
  'error.trustedKeysTwice': 'Rreshti {line} e përsërit gjurmën digjitale të rreshtit {first}.',
  'error.trustedKeysEmpty':
    'Lista nuk përmban asnjë gjurmë digjitale çelësi: shkruani një për rresht, të ndjekur nga një etiketë.',
  'nav.keyCard': 'Karta e çelësit',
  'title.keyCard': 'Karta e çelësit',
  'state.what.keyCard': 'Çelësi i nënshkrimit',
  'settings.keyCard': 'Shtyp kartën e çelësit',
  'keyCard.heading': 'Karta e çelësit të Dokaz',
  'keyCard.intro':
    'Shtypeni këtë kartë, ose lexojeni gjurmën digjitale me zë, dhe jepjani vetë atyre që do të marrin paketat tuaja të provave (policisë, prokurorisë, një avokati), veçmas nga çdo paketë: kështu do ta dinë që një paketë vjen nga ju. Karta nuk përmban asgjë të fshehtë.',
  'keyCard.holderLabel': 'Emri në kartë (nuk ruhet; lëreni bosh për ta shkruar me dorë)',
  'keyCard.fingerprint': 'Gjurma digjitale e çelësit të nënshkrimit (SHA-256)',
  'keyCard.qr': 'Kodi QR i gjurmës digjitale',
  'keyCard.made': 'Çelësi u krijua',
  'keyCard.madeByFirstExport':
    'jo më vonë se {date}: eksporti i tij i parë (dita e krijimit të çelësit nuk regjistrohej para këtij versioni të Dokaz)',
  'keyCard.madeUnknown': 'nuk është regjistruar (çelësi u krijua nga një version më i vjetër i Dokaz)',
  'keyCard.algorithm': 'Algoritmi',
  'keyCard.forPolice': 'Për policinë dhe prokurorinë',
  'keyCard.policeText':
    'Kjo është gjurma digjitale e çelësit që nënshkruan paketat e provave që bën {holder} me Dokaz. Çdo paketë mban çelësin e vet publik: komanda e fundit e VERIFY.txt të saj shfaq gjurmën digjitale të atij çelësi, dhe “dokaz-verify --fingerprint” i krahason për ju. Një paketë, gjurma digjitale e çelësit publik të së cilës ndryshon nga ajo në këtë kartë, nuk është nënshkruar nga Dokaz i këtij personi, çfarëdo që të thotë vetë paketa.',
  'keyCard.givenOn': 'Data e dorëzimit',
  'keyCard.givenTo': 'Marrësi',
  'keyCard.print': 'Shtyp kartën',
  'keyCard.noKeyHeading': 'Ende nuk ka çelës nënshkrimi',
  'keyCard.noKey':
    'Dokaz e krijon çelësin e nënshkrimit në eksportin e parë. Krijojeni tani për ta dorëzuar kartën para se të dërgoni ndonjë paketë: çdo paketë që nënshkruan ky shfletues do të nënshkruhet me atë çelës.',
  'keyCard.make': 'Krijo çelësin tani',
  'keyCard.making': 'Çelësi po krijohet…',
  'keyCard.makeFailed': 'Çelësi nuk u krijua: {reason}',
  'keyCard.newKeyNote':
    'Fshirja e gjithçkaje te Cilësimet e fshin edhe këtë çelës: eksporti i radhës krijon një të ri, dhe do t’ju duhet të dorëzoni një kartë të re.',
  'error.keyChanged':
    'Çelësi i nënshkrimit u zëvendësua ndërsa po bëhej kjo paketë, ndaj ajo nuk u bë. Eksportojeni përsëri.',
  'error.keyLocked':
    'Dokaz është i kyçur: hapeni për të eksportuar. Sa është i kyçur, çelësi i tij i nënshkrimit nuk mund të përdoret, ndaj asnjë paketë nuk mund të nënshkruhet.',
  'keyCard.previousHeading': 'Çelësat e mëparshëm',
  'keyCard.previousIntro':
    'Ky çelës zëvendësoi çelësat më poshtë kur u vendos një fjalëkalim. Paketat e nënshkruara para kësaj mbajnë një çelës të mëparshëm; çdo paketë që atëherë përmban dorëzimin te ky çelës, të nënshkruar nga i mëparshmi, ndaj edhe një kartë e dhënë më parë e konfirmon ende.',
  'keyCard.replacedOn': 'zëvendësuar më {date}',
  'verify.signerHeading': 'E kujt është paketa',
  'verify.signerIntro':
    'Paketa mban çelësin e vet, ndaj kushdo mund të nënshkruajë një kopje me të vetin. Shkruani gjurmën digjitale që ju dha dërguesi veçmas nga paketa (e lexuar në telefon, në kartën e shtypur të çelësit, personalisht) për të konfirmuar kush e nënshkroi.',
  'verify.expectedLabel': 'Gjurma digjitale e pritur e çelësit',
  'verify.trustedLabel': 'Ose një listë çelësash të besuar: një gjurmë digjitale për rresht, pastaj i kujt është',
  'verify.trustedFile': 'Ngarko një listë nga një skedar…',
  'verify.keysInvalid': 'Kjo nuk mund të përdoret: {reason}',
  'verify.passedUnconfirmed': '{file}: përmbajtja e paprekur, nënshkruesi i pakonfirmuar',
  'verify.signerConfirmed': 'Nënshkruesi u konfirmua: nënshkruar me çelësin e shënuar si “{label}”.',
  'verify.signerConfirmedGiven':
    'Nënshkruesi u konfirmua: nënshkruar me çelësin, gjurmën digjitale të të cilit e dhatë.',
  'verify.signerMismatch': 'Nuk është nënshkruesi i pritur: kjo paketë është nënshkruar me një çelës tjetër.',
  'verify.signerExpected': 'Pritej',
  'verify.signerActual': 'Nënshkruar me',
  'verify.signerNoKey': 'asnjë çelës i përdorshëm',
  'verify.signerUnconfirmed':
    'Nënshkruesi nuk është konfirmuar: asgjë këtu nuk tregon kush e nënshkroi këtë paketë. Krahasoni gjurmën e saj digjitale me atë që ju dha dërguesi veçmas nga paketa, ose shkruajeni më sipër.',
};
