import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

/** VERIFY.txt and the verifier's words in Croatian (see en/pack.ts). Commands and file names stay as they are. */
export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Kako provjeriti ovaj paket dokaza',
    packFormat: 'Format paketa',
    madeAt: 'Izrađeno (UTC)',
    exporter: 'ID instalacije',
    signingKey: 'Ključ za potpisivanje',
    signerNote:
      'Ništa u ovom paketu samo po sebi ne pokazuje tko ga je potpisao: ID instalacije nasumičan je broj koji svatko može kopirati, a tko ponovno potpiše paket drugim ključem, prepisuje i ovu datoteku. To pokazuje korak 5, uspoređen s otiskom dobivenim od pošiljatelja odvojeno od paketa.',
    intro:
      'Za ove naredbe potrebni su samo unzip, sha256sum i openssl, a proširenju Dokaz ne treba vjerovati. Pokrenite ih u terminalu, u mapi u kojoj se nalazi {zip}.',
    proves: {
      unzip: 'Raspakira paket u mapu „pack“ i ulazi u nju.',
      sumsSignature:
        'Dokazuje da je SHA256SUMS, popis hash vrijednosti svih datoteka, potpisan privatnim ključem čija je javna polovica public-key.pem.',
      sums: 'Dokazuje da svaka datoteka ima hash vrijednost navedenu u SHA256SUMS: nijedna datoteka nije promijenjena nakon potpisivanja popisa.',
      manifestSignature:
        'Dokazuje da je manifest.json (opis svakog zapisa, svaka datoteka s veličinom i hash vrijednošću, sažetak lanca čuvanja) potpisan istim ključem.',
      fingerprint:
        'Ispisuje otisak ključa kojim je paket potpisan. Usporedite ga, znak po znak, s otiskom koji ste od pošiljatelja dobili odvojeno od ovog paketa: pročitan telefonom, na ispisanoj kartici ključa, osobno. Samo to podudaranje pokazuje tko je potpisao paket.',
    },
    expectedOutput: 'Očekivani ispis: {expected}',
    expectedList: 'po jedan redak za svaku datoteku, a svaki završava s „OK“, npr.',
    senderFingerprint:
      'otisak pošiljatelja, onakav kakav ste ga dobili odvojeno od paketa (nikada onaj zapisan u ovom paketu), a iza njega „  -”',
    otherwise:
      'Ako naredba ispiše bilo što drugo („Verification failure“, „FAILED“), paket nije onakav kakav je bio kad je potpisan; ako korak 5 ispiše otisak različit od otiska pošiljatelja, potpisao ga je netko drugi. U oba slučaja ne oslanjajte se na njega.',
    moreIntro: 'Ove naredbe provjeravaju datoteke i potpise. Dokazov vlastiti alat za provjeru,',
    moreChecks:
      'i stranica za provjeru u proširenju Dokaz čitaju ZIP strogo, samo u jedinom obliku u kojem ga Dokaz piše (odbija se sve što bi drugi alat za raspakiravanje mogao pročitati drukčije), i provjeravaju da nijedna datoteka ne nedostaje i da nema suvišnih, zatim shemu manifesta i događaje lanca čuvanja u custody.jsonl: hash vrijednost svakog događaja, lanac između uzastopnih događaja, da je svaki događaj poznate vrste, da ga je zapisao izvoznik, mogućim redoslijedom i u moguće vrijeme, događaj „captured“ (zabilježeno) svakog zapisa i događaj „exported“ (izvezeno) ovog izvoza. Uz otisak ključa pošiljatelja (--fingerprint) potvrđuju i tko je potpisao. Navode datoteku ili provjeru koja nije uspjela.',
    windowsHeading: 'U sustavu Windows',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) donosi openssl, sha256sum i terminal Bash, „Git Bash“.',
    windowsUnzip:
      'Raspakirajte ZIP: desni klik na datoteku, „Extract All...“ („Izdvoji sve...“), u mapu „pack“; ili u PowerShellu:',
    windowsBash:
      'Otvorite Git Bash u mapi „pack“ (desni klik u mapi, „Open Git Bash here“) i pokrenite gornje naredbe od 2. do 5. Ako radite u cmd.exe, openssl se nalazi ovdje: {openssl}.',
    windowsNoGit:
      'Bez Gita Windows može izračunati hash vrijednost jedne po jedne datoteke; usporedite je s retkom te datoteke u SHA256SUMS (velika i mala slova nisu bitna):',
    windowsPowerShell: 'ili u PowerShellu:',
    windowsNoSignatures: 'Time se provjerava hash vrijednost datoteke, ali ne i potpisi: njih provjerava samo openssl.',
    macHeading: 'U sustavu macOS',
    mac: 'Ako sha256sum nedostaje, u 3. koraku upotrijebite „shasum -a 256 -c SHA256SUMS“, a u 5. koraku „shasum -a 256“.',
    rotationsHeading: 'Raniji ključevi za potpisivanje',
    rotationsIntro:
      'Ključ kojim je ovaj paket potpisan zamijenio je ranije ključeve iste instalacije Dokaza (to se događa kad se postavi lozinka). Svaka zamjena događaj je „key-rotated“ u custody.jsonl: izjava koja navodi zamijenjeni i novi ključ, potpisana zamijenjenim ključem. Ako je otisak koji ste dobili od pošiljatelja zamijenjeni ključ neke primopredaje u nastavku, pokrenite naredbe te primopredaje i svake nakon nje, u mapi „pack“.',
    rotationHeading: 'Primopredaja {n} od {total}: događaj #{seq} u custody.jsonl, {at}',
    rotationFrom: 'Zamijenjeni ključ',
    rotationTo: 'Novi ključ',
    rotationProves: {
      pem: 'Zapisuje zamijenjeni ključ, onako kako ga navodi događaj, u key-{n}.pem.',
      fingerprint: 'Ispisuje otisak zamijenjenog ključa.',
      statement:
        'Zapisuje izjavu koju je zamijenjeni ključ potpisao, bajt po bajt, u rotation-{n}.txt: njezinu svrhu, ID instalacije, zamijenjeni i novi ključ.',
      signature: 'Zapisuje njezin potpis, dekodiran iz base64, u rotation-{n}.sig.',
      verify: 'Dokazuje da je zamijenjeni ključ potpisao izjavu: da je svoju ulogu predao novom ključu.',
    },
    rotationFingerprint:
      'Za prvu primopredaju koju provjeravate to mora biti otisak koji ste od pošiljatelja dobili odvojeno od paketa; za svaku sljedeću, novi ključ prethodne primopredaje.',
    rotationsLast:
      'Novi ključ posljednje primopredaje mora biti ono što je ispisao korak 5: ključ kojim je ovaj paket potpisan. Ako je svaka naredba ispisala ono što treba, ključ čiji ste otisak dobili od pošiljatelja predao je svoju ulogu ključu kojim je ovaj paket potpisan, jednom potpisanom primopredajom za drugom.',
  },

  checks: {
    zip: 'Paket se otvara kao ZIP, svaki je unos čitljiv i sigurno imenovan',
    'manifest-json': 'manifest.json je JSON u kodiranju UTF-8',
    'manifest-schema': 'manifest.json ima sve članove svojeg formata, svaki odgovarajućeg tipa',
    'public-key': 'public-key.pem je javni ključ ECDSA P-256',
    'key-fingerprint': 'public-key.pem je ključ naveden u manifest.json (exporter.keyFingerprint)',
    signature: 'manifest.sig i SHA256SUMS.sig uspješno se provjeravaju ključem public-key.pem',
    sha256sums: 'SHA256SUMS navodi svaku datoteku jednom, redom, i svaka hash vrijednost odgovara',
    'file-hash': 'Svaka datoteka ima veličinu i SHA-256 navedene u manifest.json',
    'missing-file': 'Nijedna datoteka ne nedostaje',
    'extra-file': 'Nema suvišnih datoteka',
    'site-file': 'Svaki result.json razgovora (format Telegram Desktop) je točno ono što daju zapisi',
    capture: 'Unos svakog zapisa u manifest.json podudara se s njegovim opisom (record.json)',
    record: 'Svaki record.json kanonski je JSON opisa zapisa iz manifesta',
    'record-hash': 'Hash vrijednost svakog record.json jednaka je njegovu recordSha256',
    artifact: 'Svaka datoteka zapisa ima veličinu i SHA-256 navedene u opisu zapisa',
    'custody-json': 'custody.jsonl sadrži po jedan događaj lanca čuvanja u kanonskom JSON-u u svakom retku',
    'custody-hash': 'Hash vrijednost svakog događaja lanca čuvanja odgovara ponovnom izračunu iz njegovih polja',
    'custody-chain': 'Događaji lanca čuvanja poredani su redom i svaki je povezan s prethodnim',
    'custody-gap': 'Događaji lanca čuvanja koje je izvoznik izostavio kao događaje drugih zapisa',
    'custody-captures':
      'Svaki zapis ima svoj događaj „zabilježeno“ s hash vrijednošću svojeg opisa i nijedan nije izbrisan',
    'custody-export': 'Posljednji događaj lanca čuvanja je ovaj izvoz, kako navodi manifest.json',
    'custody-event': 'Svaki događaj lanca čuvanja poznate je vrste, s pojedinostima koje njegova vrsta ima',
    'custody-actor': 'Svaki događaj lanca čuvanja zapisao je Dokaz koji je napravio izvoz',
    'custody-order': 'Svaki događaj lanca čuvanja stoji gdje njegova vrsta smije',
    'custody-time': 'Svaki zapis ušao je u lanac čuvanja unutar nekoliko minuta od početka bilježenja',
    'custody-clock': 'Vrijeme nikada ne ide unatrag od jednog događaja lanca čuvanja do sljedećeg',
    'key-rotation':
      'Svaku primopredaju ključa za potpisivanje potpisao je zamijenjeni ključ, i one vode do ključa paketa',
    'not-checked': 'Provjere koje nije bilo moguće provesti',
    verifier: 'Alat za provjeru proveo je svaku provjeru do kraja',
    signer: 'public-key.pem je ključ potpisnika kojeg ste očekivali',
  },

  messages: {
    error: '{reason}',
    'verifier.unfinished': 'nije se moglo provjeriti do kraja: {reason}',
    'zip.unreadable': 'nije ZIP datoteka koja se može pročitati: {reason}',
    'zip.duplicateNames':
      'unosa: {entries}, a različitih naziva: {names}; alati za raspakiranje različito biraju koju kopiju zadržavaju',
    'zip.unsafePath': 'nije obična relativna putanja: unzip bi je mogao zapisati izvan mape',
    'zip.entryUnreadable': 'ne može se pročitati iz ZIP-a: {reason}',
    'zip.noEnd': 'ne završava zapisom o kraju ZIP-a: nije ZIP ili su nakon njegova kraja dodani bajtovi',
    'zip.comment': 'ima komentar arhive, kakav Dokaz nikad ne zapisuje',
    'zip.zip64': 'koristi ZIP64 ili više diskova, što Dokaz nikad ne zapisuje',
    'zip.bytesBefore': plural({
      one: '{count} bajt stoji prije njegova prvog unosa: nešto je stavljeno ispred ZIP-a',
      few: '{count} bajta stoje prije njegova prvog unosa: nešto je stavljeno ispred ZIP-a',
      other: '{count} bajtova stoji prije njegova prvog unosa: nešto je stavljeno ispred ZIP-a',
    }),
    'zip.layout':
      'ne drži unose jedan za drugim kako ih navodi središnji direktorij (kod bajta {offset}): nešto je dodano, uklonjeno ili premješteno',
    'zip.extraField':
      'nosi {field}, dodatno polje ili komentar koji Dokaz nikad ne zapisuje: drugi alat za raspakiranje mogao bi iz njega pročitati drugo ime ili veličinu',
    'zip.attributes': 'njegova inačica ili atributi nisu oni koje Dokaz zapisuje za običnu datoteku ili mapu',
    'zip.flags': 'ima zastavice ili metodu sažimanja koje Dokaz nikad ne zapisuje (šifriranje, kodiranje imena, …)',
    'zip.localHeader': 'njegovo lokalno zaglavlje ne slaže se s njegovim unosom u središnjem direktoriju',
    'zip.descriptor': 'njegov opisnik podataka ne slaže se s njegovim unosom u središnjem direktoriju',
    'zip.folderData': 'je unos mape s podacima, veličinom ili CRC-32',
    'zip.size': 'njegovi podaci nemaju veličinu koju navode zaglavlja',
    'zip.crc': 'njegovi podaci nemaju CRC-32 koji navode zaglavlja',
    'zip.deflateEnd':
      'njegovi sažeti podaci nastavljaju se nakon kraja deflate toka: drugi alati za raspakiranje mogli bi ondje pročitati unos',
    'zip.falseDescriptor':
      'na bajtu {offset} svojih podataka sadrži nešto što alat koji čita ZIP kao tok (primjerice bsdtar iz cijevi) smatra krajem unosa: takav bi alat raspakirao ono što slijedi kao druge datoteke',
    'zip.order': 'dolazi nakon {other}: Dokaz zapisuje unose paketa drugim redoslijedom',
    'zip.nameForm':
      'nije ime koje Dokaz zapisuje: slova, znamenke, „.“, „-“ i „_“, nijedan dio koji počinje ili završava s „.“, najviše {max} znakova',
    'zip.sameFile':
      'je ista datoteka kao {other} za neke alate za raspakiranje ili datotečne sustave (velika i mala slova, Unicode oblik, točke ili razmaci na kraju, „\\“ ili „:“)',
    'zip.fileIsFolder': 'je datoteka, ali je {other} čini mapom',
    'zip.tooLarge': plural({
      one: 'navodi da sadrži {count} bajt, više od {limit} koliko alat za provjeru čita iz takve datoteke',
      few: 'navodi da sadrži {count} bajta, više od {limit} koliko alat za provjeru čita iz takve datoteke',
      other: 'navodi da sadrži {count} bajtova, više od {limit} koliko alat za provjeru čita iz takve datoteke',
    }),
    'zip.budget':
      'nije pročitana: sažete datoteke paketa raspakirale bi se u više od {limit} bajtova ukupno, što je granica alata za provjeru za paket ove veličine',
    'zip.opens': plural({
      one: 'otvara se kao ZIP s {count} datotekom',
      few: 'otvara se kao ZIP s {count} datoteke',
      other: 'otvara se kao ZIP s {count} datoteka',
    }),
    'file.missing': 'nije u paketu',
    'file.notUtf8': 'nije tekst u kodiranju UTF-8',
    'file.jsonValues':
      'sadrži {count} JSON vrijednosti, više od {limit} koliko alat za provjeru raščlanjuje za paket ove veličine',
    'manifest.notJson': 'nije JSON: {reason}',
    'manifest.notObject': 'nije JSON objekt',
    'manifest.isJson': 'je JSON u kodiranju UTF-8',
    'manifest.unknownMember': '{path} nije član formata {format}',
    'manifest.signingFile': '$.files navodi {file}, a tu datoteku namjerno izostavlja',
    'manifest.fileTwice': '$.files dvaput navodi {file}',
    'manifest.moreProblems': plural({
      one: 'i još {count} problem',
      few: 'i još {count} problema',
      other: 'i još {count} problema',
    }),
    'manifest.schemaOk': 'ima sve članove, svaki odgovarajućeg tipa',
    'key.ok': 'je javni ključ ECDSA P-256',
    'key.fingerprintOk': 'ima otisak koji navodi manifest.json, {fingerprint}',
    'key.fingerprintWrong': 'nije ključ koji navodi exporter.keyFingerprint u manifest.json',
    'signer.ok': 'je ključ označen kao „{label}”',
    'signer.okGiven': 'ima otisak koji ste naveli',
    'signer.other': 'nije ključ koji ste očekivali: ovaj je paket potpisao drugi ključ',
    'signer.noKey': 'nije ga moguće usporediti s ključem koji ste očekivali: paket nema upotrebljiv javni ključ',
    'signature.noKey': 'ne može se provjeriti: {file} ne može se upotrijebiti',
    'signature.missing': 'ne može se provjeriti: {file} nedostaje',
    'signature.ok': 'potvrđuje {file} pomoću {key}',
    'signature.bad':
      'ne potvrđuje {file} pomoću {key}: jedna od tih datoteka promijenjena je nakon potpisivanja ili je potpisao drugi ključ',
    'sums.tooManyLines': plural({
      one: 'ima više redaka od {count} datoteke paketa koje navodi',
      few: 'ima više redaka od {count} datoteke paketa koje navodi',
      other: 'ima više redaka od {count} datoteka paketa koje navodi',
    }),
    'sums.noFinalBreak': 'ne završava prijelomom retka',
    'sums.badLine': 'redak {line} nije „<64 mala heksadecimalna znaka>  <putanja>“',
    'sums.twice': 'redak {line} drugi put navodi {path}',
    'sums.order': 'redak {line}: {path} nije na svojem mjestu (poredak po putanji)',
    'sums.leftOut': 'redak {line} navodi {path}, a SHA256SUMS tu datoteku namjerno izostavlja',
    'sums.ok': plural({
      one: 'ispravnog je oblika: {count} redak, redom po putanjama',
      few: 'ispravnog je oblika: {count} retka, redom po putanjama',
      other: 'ispravnog je oblika: {count} redaka, redom po putanjama',
    }),
    'sums.notInPack': 'navodi se u {sums}, ali nije u paketu',
    'sums.mismatch': 'ne podudara se sa svojim SHA-256 u {sums}',
    'sums.match': 'podudara se s {sums}',
    'sums.unlisted': 'je u paketu, ali se ne navodi u {sums}',
    'files.size': plural({
      one: 'ima {count} bajt; manifest.json navodi {expected}',
      few: 'ima {count} bajta; manifest.json navodi {expected}',
      other: 'ima {count} bajtova; manifest.json navodi {expected}',
    }),
    'files.mismatch': 'ne podudara se sa svojim SHA-256 u manifest.json',
    'files.ok': 'ima veličinu i SHA-256 koje navodi manifest.json',
    'files.extra': 'je u paketu, ali nije među datotekama (files) u manifest.json',
    'capture.twice': 'pojavljuje se dvaput u manifest.json',
    'capture.recordId': 'id u opisu zapisa je {id}',
    'capture.recordHash': 'recordSha256 u manifest.json nije SHA-256 opisa zapisa',
    'capture.unknownArtifact': 'files navodi {artifact}, a takve datoteke nema u opisu zapisa',
    'capture.artifactPath': 'files daje {path} za {name}, a treba {expected}',
    'capture.noArtifactPath': 'files ne daje putanju za {name}, a treba {expected}',
    'capture.sameName': 'dvije datoteke imaju naziv {name}',
    'capture.ok': 'njegov unos u manifestu podudara se s opisom zapisa',
    'capture.strayFile': 'nije ni record.json ni datoteka nekog zapisa iz manifest.json',
    'capture.sharedOnce':
      'je u shared/, ali ga navodi manje od dva zapisa iz manifest.json: datoteka jednog zapisa je u njegovoj mapi',
    'siteFile.ok': 'je točno ono što daju zapisi iz manifest.json, bajt po bajt',
    'siteFile.differs': 'nije ono što daju zapisi iz manifest.json: kaže nešto što provjereni zapisi ne kažu',
    'siteFile.missing': 'nije u paketu, iako ga njegovi zapisi daju',
    'siteFile.stray': 'nije nijedna od datoteka paketa i nijedan zapis iz manifest.json ga ne daje',
    'siteFile.notInFormat': 'nema mjesta u {format}: tu su samo datoteke paketa i zapisa',
    'record.ok': 'je kanonski JSON opisa zapisa iz manifest.json',
    'record.notCanonical': 'nije kanonski JSON opisa ovog zapisa iz manifest.json',
    'record.hashOk': 'hash vrijednost jednaka je recordSha256',
    'record.hashWrong': 'hash vrijednost nije jednaka recordSha256',
    'artifact.ok': 'ima veličinu i SHA-256 navedene u opisu zapisa',
    'artifact.wrong': 'nema veličinu i SHA-256 navedene u opisu zapisa',
    'custody.notJson': 'nije JSON',
    'custody.notCanonical': 'nije u kanonskom JSON-u',
    'custody.lineTooLong': plural({
      one: 'sadrži {count} znak, više od {limit} koliko alat za provjeru čita iz jednog događaja lanca čuvanja',
      few: 'sadrži {count} znaka, više od {limit} koliko alat za provjeru čita iz jednog događaja lanca čuvanja',
      other: 'sadrži {count} znakova, više od {limit} koliko alat za provjeru čita iz jednog događaja lanca čuvanja',
    }),
    'custody.empty': 'ne sadrži nijedan događaj',
    'custody.ok': plural({
      one: 'sadrži {count} događaj lanca čuvanja',
      few: 'sadrži {count} događaja lanca čuvanja',
      other: 'sadrži {count} događaja lanca čuvanja',
    }),
    'custody.hashWrong': 'ponovni izračun iz njegovih polja ne daje njegovu hash vrijednost',
    'custody.payloadWrong': 'hash vrijednost njegovih pojedinosti (details) nije njegov payloadSha256',
    'custody.hashesOk': plural({
      one: 'ponovni izračun iz polja daje hash vrijednost za {count} događaj',
      few: 'ponovni izračun iz polja daje hash vrijednost svakog od {count} događaja',
      other: 'ponovni izračun iz polja daje hash vrijednost svakog od {count} događaja',
    }),
    'custody.order': 'dolazi nakon događaja #{seq}: događaji moraju biti poredani po rastućem seq',
    'custody.prevHash': 'njegov prevHash nije hash vrijednost događaja #{seq}',
    'custody.prevHashFirst': 'njegov prevHash nisu nule prvog događaja',
    'custody.gap': plural({
      one: 'izostavljen je {count} događaj ({range}), kao događaj drugih zapisa: paket ne može pokazati što je bio',
      few: 'izostavljena su {count} događaja ({range}), kao događaji drugih zapisa: paket ne može pokazati što su bili',
      other:
        'izostavljeno je {count} događaja ({range}), kao događaji drugih zapisa: paket ne može pokazati što su bili',
    }),
    'custody.chainOk': 'njegovi su događaji poredani redom i svaki je povezan s prethodnim',
    'custody.noCaptured': 'nema događaj „zabilježeno“ („captured“) zapisa {id}',
    'custody.capturedTwice': plural({
      one: 'ima {count} događaj „zabilježeno“ („captured“) zapisa {id}',
      few: 'ima {count} događaja „zabilježeno“ („captured“) zapisa {id}',
      other: 'ima {count} događaja „zabilježeno“ („captured“) zapisa {id}',
    }),
    'custody.recordHash': 'njegov payloadSha256 nije SHA-256 datoteke {path}',
    'custody.otherCapture': 'odnosi se na zapis {id}, koji nije u paketu',
    'custody.deleted': 'briše zapis {id}, koji je u paketu',
    'custody.capturesOk': 'svaki zapis ima svoj događaj „zabilježeno“ („captured“) s hash vrijednošću svojeg opisa',
    'custody.lastNotExport': 'posljednji događaj je „{type}“, a ne događaj izvoza („exported“)',
    'custody.exportMember': '{member} nije ono što navodi manifest.json',
    'custody.exportSeq': 'njegov seq (custody.exportEventSeq) nije ono što navodi manifest.json',
    'custody.exportHash': 'njegova hash vrijednost (custody.headHash) nije ono što navodi manifest.json',
    'custody.exportLines': 'broj redaka u {file} (custody.events) nije ono što navodi manifest.json',
    'custody.exportOk': 'posljednji događaj je ovaj izvoz, kako navodi manifest.json',
    'checks.more': plural({
      one: 'i još {count} takav, koji nije naveden pojedinačno',
      few: 'i još {count} takva, koji nisu navedeni pojedinačno',
      other: 'i još {count} takvih, koji nisu navedeni pojedinačno',
    }),
    'json.tooDeep': plural({
      one: 'ugnježđuje dublje od {count} razine, dublje nego što njegov format ikada ide: nije pročitano',
      few: 'ugnježđuje dublje od {count} razine, dublje nego što njegov format ikada ide: nije pročitano',
      other: 'ugnježđuje dublje od {count} razina, dublje nego što njegov format ikada ide: nije pročitano',
    }),
    'json.duplicateKey': 'dvaput navodi {path}: čitači JSON-a razlikuju se u tome koju od dviju vrijednosti zadržavaju',
    'custody.unknownType': 'je vrste „{type}“, koja nije događaj lanca čuvanja u {format}',
    'custody.noDetails': 'ima pojedinosti (details), koje događaj „{type}“ nikada nema',
    'custody.noCapture': 'događaj „{type}“ odnosi se na zapis, ali njegov captureId je null',
    'custody.aboutCapture': 'događaj „{type}“ ne odnosi se ni na jedan zapis, ali ovaj navodi zapis {id}',
    'custody.eventsOk': plural({
      one: 'njegov {count} događaj poznate je vrste, s pojedinostima i zapisom koje njegova vrsta ima',
      few: 'svaki od njegova {count} događaja poznate je vrste, s pojedinostima i zapisom koje njegova vrsta ima',
      other: 'svaki od njegovih {count} događaja poznate je vrste, s pojedinostima i zapisom koje njegova vrsta ima',
    }),
    'custody.actor': 'zapisao ga je drugi Dokaz, a ne onaj koji je napravio izvoz (exporter.installId u manifest.json)',
    'custody.actorsOk': 'svaki je događaj zapisao Dokaz koji je napravio izvoz, {actor}',
    'custody.beforeCapture': 'je događaj „{type}“ o zapisu {id} prije događaja „zabilježeno“ („captured“) tog zapisa',
    'custody.notLast': 'je događaj „{type}“, ali nije posljednji: paket sadrži jedan takav, svoj, na kraju',
    'custody.never': 'je događaj „{type}“, koji paket nikada ne sadrži (izbrisani zapis ne izvozi se)',
    'custody.orderOk':
      'svaki događaj stoji gdje njegova vrsta smije: nakon događaja „zabilježeno“ („captured“) svojeg zapisa, izvoz posljednji',
    'custody.clockBack':
      'zapisan je u {at}, prije događaja #{seq} ({before}), koji dolazi prije njega: sat računala vraćen je unatrag',
    'custody.clockOk': 'nijedan događaj nije zapisan u vrijeme prije vremena događaja ispred njega',
    'custody.timeLate': plural({
      one: 'zapisan je {count} minutu nakon što je bilježenje počelo ({capturedAt}): bilježenje je čekalo, na sporo preuzimanje ili na računalo u stanju mirovanja',
      few: 'zapisan je {count} minute nakon što je bilježenje počelo ({capturedAt}): bilježenje je čekalo, na sporo preuzimanje ili na računalo u stanju mirovanja',
      other:
        'zapisan je {count} minuta nakon što je bilježenje počelo ({capturedAt}): bilježenje je čekalo, na sporo preuzimanje ili na računalo u stanju mirovanja',
    }),
    'custody.timeEarly': plural({
      one: 'zapisan je {count} sekundu prije nego što je bilježenje počelo ({capturedAt}): sat računala vraćen je unatrag tijekom bilježenja',
      few: 'zapisan je {count} sekunde prije nego što je bilježenje počelo ({capturedAt}): sat računala vraćen je unatrag tijekom bilježenja',
      other:
        'zapisan je {count} sekundi prije nego što je bilježenje počelo ({capturedAt}): sat računala vraćen je unatrag tijekom bilježenja',
    }),
    'custody.timeFar': plural({
      one: 'zapisan je {count} dan udaljeno od početka bilježenja ({capturedAt}): to ne objašnjava ni sporo bilježenje ni sat vraćen unatrag',
      few: 'zapisan je {count} dana udaljeno od početka bilježenja ({capturedAt}): to ne objašnjava ni sporo bilježenje ni sat vraćen unatrag',
      other:
        'zapisan je {count} dana udaljeno od početka bilježenja ({capturedAt}): to ne objašnjava ni sporo bilježenje ni sat vraćen unatrag',
    }),
    'custody.exportLate': plural({
      one: 'zapisan je {count} minutu nakon što je paket izrađen ({createdAt}): izvoz je čekao zapis koji se još spremao',
      few: 'zapisan je {count} minute nakon što je paket izrađen ({createdAt}): izvoz je čekao zapis koji se još spremao',
      other:
        'zapisan je {count} minuta nakon što je paket izrađen ({createdAt}): izvoz je čekao zapis koji se još spremao',
    }),
    'custody.exportEarly': plural({
      one: 'zapisan je {count} sekundu prije nego što je paket izrađen ({createdAt}): sat računala vraćen je unatrag tijekom izvoza',
      few: 'zapisan je {count} sekunde prije nego što je paket izrađen ({createdAt}): sat računala vraćen je unatrag tijekom izvoza',
      other:
        'zapisan je {count} sekundi prije nego što je paket izrađen ({createdAt}): sat računala vraćen je unatrag tijekom izvoza',
    }),
    'custody.exportFar': plural({
      one: 'zapisan je {count} dan udaljeno od vremena izrade paketa ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unatrag',
      few: 'zapisan je {count} dana udaljeno od vremena izrade paketa ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unatrag',
      other:
        'zapisan je {count} dana udaljeno od vremena izrade paketa ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unatrag',
    }),
    'custody.timesOk':
      'svaki događaj „zabilježeno“ („captured“) zapisan je unutar nekoliko minuta od capturedAt svojeg zapisa',
    'notChecked.actors': 'tko je zapisao svaki događaj: exporter u manifest.json nije valjan',
    'custody.tooManyBad': plural({
      one: 'čitanje je ovdje zaustavljeno: više od {count} retka prije njega nije događaj lanca čuvanja, pa datoteka nije lanac čuvanja',
      few: 'čitanje je ovdje zaustavljeno: više od {count} retka prije njega nisu događaji lanca čuvanja, pa datoteka nije lanac čuvanja',
      other:
        'čitanje je ovdje zaustavljeno: više od {count} redaka prije njega nisu događaji lanca čuvanja, pa datoteka nije lanac čuvanja',
    }),
    'notChecked.fingerprint': 'njegov otisak: exporter u manifest.json nije valjan',
    'notChecked.files': 'datoteke koje nedostaju ili su suvišne: files u manifest.json nije valjan',
    'notChecked.captures': 'opisi i datoteke zapisa: captures u manifest.json nije valjan',
    'notChecked.custodyCaptures': 'događaji svakog zapisa: captures u manifest.json nije valjan',
    'notChecked.export': 'događaj izvoza prema manifest.json: njegovi captures, selection ili custody nisu valjani',
    'schema.type': '{path} je {actual}, a ne {expected}',
    'schema.not': '{path} nije {expected}',
    'schema.tooMany': plural({
      one: '{path} ima više od {count} stavke',
      few: '{path} ima više od {count} stavke',
      other: '{path} ima više od {count} stavki',
    }),
    'schema.noneOf': '{path} nema nijednog od članova {members}',
    'schema.notOneOf': '{path} nije ništa od navedenog: {values}',
    'schema.missing': '{path} nema člana {member}',
    'schema.unknownMember': '{path} nije član ovog formata',
    'schema.noteMismatch': '{path} ne glasi onako kako kaže njegova bilješka ({key})',
    'schema.notInVersion': '{path} nije član zapisa napisanih kao {version}',
    'signer.rotated': plural({
      one: 'je ključ kojem je ključ označen kao „{label}” predao svoju ulogu {date}, kroz {count} primopredaju potpisanu u paketu',
      few: 'je ključ kojem je ključ označen kao „{label}” predao svoju ulogu počevši od {date}, kroz {count} primopredaje potpisane u paketu',
      other:
        'je ključ kojem je ključ označen kao „{label}” predao svoju ulogu počevši od {date}, kroz {count} primopredaja potpisanih u paketu',
    }),
    'signer.rotatedGiven': plural({
      one: 'je ključ kojem je ključ čiji ste otisak naveli predao svoju ulogu {date}, kroz {count} primopredaju potpisanu u paketu',
      few: 'je ključ kojem je ključ čiji ste otisak naveli predao svoju ulogu počevši od {date}, kroz {count} primopredaje potpisane u paketu',
      other:
        'je ključ kojem je ključ čiji ste otisak naveli predao svoju ulogu počevši od {date}, kroz {count} primopredaja potpisanih u paketu',
    }),
    'keyRotation.ok': plural({
      one: 'njegovu {count} primopredaju ključa za potpisivanje potpisao je zamijenjeni ključ i ona vodi do ključa paketa: {chain}',
      few: 'svaku od njegove {count} primopredaje ključa za potpisivanje potpisao je zamijenjeni ključ, svaka polazi od ključa kojem je predala prethodna, a posljednja vodi do ključa paketa: {chain}',
      other:
        'svaku od njegovih {count} primopredaja ključa za potpisivanje potpisao je zamijenjeni ključ, svaka polazi od ključa kojem je predala prethodna, a posljednja vodi do ključa paketa: {chain}',
    }),
    'keyRotation.details': 'ne može se pratiti: njegovi detalji nisu detalji događaja „key-rotated“',
    'keyRotation.actor':
      'predaje ključ druge instalacije, a ne one koja je napravila izvoz (exporter.installId u manifest.json): ne dokazuje ništa o ključevima izvoznika',
    'keyRotation.link':
      'predaje od drugog ključa, a ne od onog kojem je predao događaj #{seq}: primopredaje nisu jedan niz',
    'keyRotation.key': 'njegov fromPublicKey nije javni ključ ECDSA P-256',
    'keyRotation.fingerprint':
      'hash vrijednost njegova fromPublicKey nije njegov from: navedeni ključ nije ključ za koji tvrdi da je zamijenjen',
    'keyRotation.signature':
      'njegov se potpis ne potvrđuje ključem fromPublicKey: zamijenjeni ključ nije potpisao ovu primopredaju',
    'keyRotation.notPackKey':
      'predaje drugom ključu, a ne ključu paketa (exporter.keyFingerprint u manifest.json): primopredaje ne vode do ključa kojim je paket potpisan',
    'keyRotation.tooMany': plural({
      one: 'sadrži {count} događaj „key-rotated“, više od {limit} koliko alat za provjeru provjerava: nijedan pravi Dokaz ne mijenja ključ tako često',
      few: 'sadrži {count} događaja „key-rotated“, više od {limit} koliko alat za provjeru provjerava: nijedan pravi Dokaz ne mijenja ključ tako često',
      other:
        'sadrži {count} događaja „key-rotated“, više od {limit} koliko alat za provjeru provjerava: nijedan pravi Dokaz ne mijenja ključ tako često',
    }),
    'notChecked.keyRotation': 'primopredaje ključa za potpisivanje: exporter u manifest.json nije valjan',
    'kind.publicKeyPem': 'javni ključ u obliku PEM (-----BEGIN PUBLIC KEY-----) od najviše 512 znakova',
    'kind.signatureBase64': 'potpis u obliku base64 od najviše 96 znakova',
    'kind.decimalId': 'decimalni ID (samo znamenke)',
    'kind.noteKey': 'bilješka Dokaza (jedan od ključeva njegova kataloga bilješki)',
    'kind.text': 'tekst',
    'kind.boolean': 'true ili false',
    'kind.number': 'broj',
    'kind.integer': 'cijeli broj',
    'kind.count': 'cijeli broj ≥ 0',
    'kind.object': 'objekt',
    'kind.list': 'popis',
    'kind.sha256': '64 mala heksadecimalna znaka',
    'kind.uuid': 'UUID',
    'kind.utcInstant': 'UTC vrijeme prema ISO 8601 s milisekundama',
    'kind.fileName': 'naziv datoteke',
    'kind.packPath': 'relativna putanja unutar paketa',
    'kind.language': 'oznaka jezika (BCP 47)',
  },

  verdict: {
    heading: 'Paket dokaza (Dokaz)',
    headingFormat: plural({
      one: 'Paket dokaza (Dokaz) {format}, {count} zapis',
      few: 'Paket dokaza (Dokaz) {format}, {count} zapisa',
      other: 'Paket dokaza (Dokaz) {format}, {count} zapisa',
    }),
    fingerprint: 'Otisak ključa za potpisivanje: {fingerprint}',
    fingerprintNote:
      '(usporedite ga s otiskom dobivenim odvojeno od paketa: pročitanim telefonom, s ispisane kartice ključa, osobno)',
    groupPassed: plural({
      one: '{label} ({count} provjera)',
      few: '{label} ({count} provjere)',
      other: '{label} ({count} provjera)',
    }),
    groupFailed: '{label}: neuspjelih {failed} od {count}',
    groupWarned: plural({
      one: '{label}: {count} upozorenje',
      few: '{label}: {count} upozorenja',
      other: '{label}: {count} upozorenja',
    }),
    warnings: plural({
      one: 'S {count} upozorenjem (⚠): nešto što pravi Dokaz može zapisati, primjerice nakon što je njegov sat vraćen unatrag. To ne obara paket; pročitajte ga u nastavku.',
      few: 'S {count} upozorenja (⚠): stvari koje pravi Dokaz može zapisati, primjerice nakon što je njegov sat vraćen unatrag. Ona ne obaraju paket; pročitajte ih u nastavku.',
      other:
        'S {count} upozorenja (⚠): stvari koje pravi Dokaz može zapisati, primjerice nakon što je njegov sat vraćen unatrag. Ona ne obaraju paket; pročitajte ih u nastavku.',
    }),
    expected: 'očekivano: {value}',
    found: 'pronađeno: {value}',
    verified: plural({
      one: 'PROVJERENO: uspješna je {count} provjera.',
      few: 'PROVJERENO: uspješne su sve {count} provjere.',
      other: 'PROVJERENO: uspješno je svih {count} provjera.',
    }),
    notVerified: 'NIJE PROVJERENO: neuspjelih provjera {failed} od {count}.',
    signedBy: 'Potpisan ključem označenim kao „{label}”.',
    signedByGiven: 'Potpisan ključem čiji ste otisak naveli.',
    intact: plural({
      one: 'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: uspješna je {count} provjera, ali ništa ovdje ne pokazuje tko je potpisao paket.',
      few: 'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: uspješne su sve {count} provjere, ali ništa ovdje ne pokazuje tko je potpisao paket.',
      other:
        'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: uspješno je svih {count} provjera, ali ništa ovdje ne pokazuje tko je potpisao paket.',
    }),
    signedByRotated: plural({
      one: 'Potpisan ključem kojem je ključ označen kao „{label}” predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisan ključem kojem je ključ označen kao „{label}” predao svoju ulogu počevši od {date}, kroz {count} primopredaje.',
      other:
        'Potpisan ključem kojem je ključ označen kao „{label}” predao svoju ulogu počevši od {date}, kroz {count} primopredaja.',
    }),
    signedByRotatedGiven: plural({
      one: 'Potpisan ključem kojem je ključ čiji ste otisak naveli predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisan ključem kojem je ključ čiji ste otisak naveli predao svoju ulogu počevši od {date}, kroz {count} primopredaje.',
      other:
        'Potpisan ključem kojem je ključ čiji ste otisak naveli predao svoju ulogu počevši od {date}, kroz {count} primopredaja.',
    }),
    signerRotated: plural({
      one: 'Potpisnik potvrđen: potpisan ključem kojem je ključ označen kao „{label}” predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisnik potvrđen: potpisan ključem kojem je ključ označen kao „{label}” predao svoju ulogu počevši od {date}, kroz {count} primopredaje.',
      other:
        'Potpisnik potvrđen: potpisan ključem kojem je ključ označen kao „{label}” predao svoju ulogu počevši od {date}, kroz {count} primopredaja.',
    }),
    signerRotatedGiven: plural({
      one: 'Potpisnik potvrđen: potpisan ključem kojem je ključ čiji ste otisak naveli predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisnik potvrđen: potpisan ključem kojem je ključ čiji ste otisak naveli predao svoju ulogu počevši od {date}, kroz {count} primopredaje.',
      other:
        'Potpisnik potvrđen: potpisan ključem kojem je ključ čiji ste otisak naveli predao svoju ulogu počevši od {date}, kroz {count} primopredaja.',
    }),
    trustedEarlierKey: 'Pouzdani raniji ključ',
    earlierKeys: 'Raniji ključevi za potpisivanje',
    handedOver: 'predao ulogu {date}',
    earlierKey: 'Raniji ključ {fingerprint}, predao ulogu {date}',
    howToConfirm:
      'Da biste potvrdili potpisnika, usporedite otisak u nastavku s otiskom koji ste od pošiljatelja dobili odvojeno od paketa (pročitan telefonom, ispisana kartica ključa, osobno), ili ga navedite: --fingerprint <hex> ili --trusted-keys <file>.',
  },

  cli: {
    usage:
      'Uporaba: dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>\n\nProvjerava paket dokaza izrađen proširenjem Dokaz (dokaz-pack/1 ili dokaz-pack/2): njegove potpise, hash vrijednost svake datoteke, manifest, opise zapisa i događaje lanca čuvanja.\n  --fingerprint <hex>    otisak ključa pošiljatelja, dobiven odvojeno od paketa\n                         (pročitan telefonom, ispisana kartica ključa, osobno); razmaci i dvotočke su dopušteni\n  --trusted-keys <file>  popis pouzdanih ključeva: jedan otisak po retku, zatim oznaka; # započinje komentar\n  --json                 ispisuje ishod kao JSON umjesto teksta\n  --lang <code>          jezik ispisa: {languages}\n                         (inače jezik okruženja, LANG)\nPaket sadrži vlastiti ključ pa ga svatko može ponovno potpisati: bez --fingerprint ili --trusted-keys sadržaj može biti netaknut, ali potpisnik nije potvrđen (izlazni status ipak je 0).\nIzlazni status: 0 provjereno, 1 neka provjera nije uspjela ili je paket potpisao drugi ključ, 2 pogrešna uporaba.',
    unknownOption: 'dokaz-verify: nepoznata opcija {option}',
    unknownLanguage: 'dokaz-verify: nepoznat jezik {language}; odaberite jedan od ovih: {languages}',
    cannotRead: 'dokaz-verify: nije moguće pročitati {path}: {reason}',
    badFingerprint: 'dokaz-verify: --fingerprint nije moguće upotrijebiti: {reason}',
    badTrustedKeys: 'dokaz-verify: popis pouzdanih ključeva {path} nije moguće upotrijebiti: {reason}',
    missingValue: 'dokaz-verify: opciji {option} nedostaje vrijednost',
  },
};
