import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

/** VERIFY.txt and the verifier's words in Bosnian. Commands and file names stay as they are. */
export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Kako provjeriti ovaj paket dokaza',
    packFormat: 'Format paketa',
    madeAt: 'Napravljeno (UTC)',
    exporter: 'ID instalacije',
    signingKey: 'Ključ za potpisivanje',
    signerNote:
      'Ništa u ovom paketu samo po sebi ne pokazuje ko ga je potpisao: ID instalacije je nasumičan broj koji svako može kopirati, a ko ponovo potpiše paket drugim ključem, prepisuje i ovu datoteku. To pokazuje korak 5, upoređen s otiskom dobijenim od pošiljaoca odvojeno od paketa.',
    intro:
      'Za ove komande potrebni su samo unzip, sha256sum i openssl, a ne i povjerenje u Dokaz. Pokrenite ih u terminalu, u folderu u kojem se nalazi {zip}.',
    proves: {
      unzip: 'Raspakuje paket u folder „pack“ i ulazi u njega.',
      sumsSignature:
        'Dokazuje da je SHA256SUMS, listu hash vrijednosti svih datoteka, potpisao privatni ključ čija je javna polovina public-key.pem.',
      sums: 'Dokazuje da svaka datoteka ima hash vrijednost koju navodi SHA256SUMS: nijedna datoteka nije izmijenjena otkako je lista potpisana.',
      manifestSignature:
        'Dokazuje da je manifest.json (podaci o svim zapisima, svaka datoteka s veličinom i hash vrijednošću, sažetak dokaznog lanca) potpisan istim ključem.',
      fingerprint:
        'Ispisuje otisak ključa kojim je paket potpisan. Uporedite ga, znak po znak, s otiskom koji ste od pošiljaoca dobili odvojeno od ovog paketa: pročitan telefonom, na odštampanoj kartici ključa, lično. Samo to podudaranje pokazuje ko je potpisao paket.',
    },
    expectedOutput: 'Očekivani ispis: {expected}',
    expectedList: 'po jedan red za svaku datoteku, a svaki završava sa „OK“, npr.',
    senderFingerprint:
      'otisak pošiljaoca, onakav kakav ste ga dobili odvojeno od paketa (nikada onaj zapisan u ovom paketu), a iza njega „  -”',
    otherwise:
      'Ako neka komanda ispiše bilo šta drugo („Verification failure“, „FAILED“), paket nije onakav kakav je bio kad je potpisan; ako korak 5 ispiše otisak različit od otiska pošiljaoca, potpisao ga je neko drugi. U oba slučaja, ne oslanjajte se na njega.',
    moreIntro: 'Ove komande provjeravaju datoteke i potpise. Program za provjeru koji dolazi uz Dokaz,',
    moreChecks:
      'kao i stranica za provjeru u proširenju Dokaz, čitaju ZIP strogo, samo u jedinom obliku u kojem ga Dokaz piše (odbija se sve što bi drugi alat za raspakivanje mogao pročitati drugačije), i provjeravaju da nijedna datoteka ne nedostaje niti je suvišna, šemu manifesta i događaje dokaznog lanca u custody.jsonl: hash vrijednost svakog događaja, lanac između uzastopnih događaja, da je svaki događaj poznate vrste, da ga je zapisao izvoznik, mogućim redoslijedom i u moguće vrijeme, događaj „dokumentovano“ (captured) za svaki zapis i događaj „izvezeno“ (exported) za ovaj izvoz. Uz otisak ključa pošiljaoca (--fingerprint) potvrđuju i ko je potpisao. Navode datoteku ili provjeru koja nije uspjela.',
    windowsHeading: 'Na Windowsu',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) donosi openssl, sha256sum i Bash terminal, „Git Bash“.',
    windowsUnzip:
      'Raspakujte ZIP: kliknite na njega desnim dugmetom miša, izaberite „Extract All...“ i raspakujte ga u folder „pack“; ili u PowerShellu:',
    windowsBash:
      'Otvorite Git Bash u folderu „pack“ (desni klik u folderu, „Open Git Bash here“) i pokrenite gornje komande od 2 do 5. Iz cmd.exe openssl se pokreće ovako: {openssl}.',
    windowsNoGit:
      'Bez Gita Windows može izračunati hash vrijednost jedne po jedne datoteke; uporedite je s redom te datoteke u SHA256SUMS (velika ili mala slova nisu bitna):',
    windowsPowerShell: 'ili u PowerShellu:',
    windowsNoSignatures: 'Time se provjerava hash vrijednost datoteke, ali ne i potpisi: njih provjerava samo openssl.',
    macHeading: 'Na macOS-u',
    mac: 'Ako sha256sum nedostaje, koristite „shasum -a 256 -c SHA256SUMS“ za korak 3 i „shasum -a 256“ u koraku 5.',
    rotationsHeading: 'Raniji ključevi za potpisivanje',
    rotationsIntro:
      'Ključ kojim je ovaj paket potpisan zamijenio je ranije ključeve iste instalacije Dokaza (to se dešava kada se postavi lozinka). Svaka zamjena je događaj „key-rotated“ u custody.jsonl: izjava koja navodi zamijenjeni i novi ključ, potpisana zamijenjenim ključem. Ako je otisak koji ste dobili od pošiljaoca zamijenjeni ključ neke primopredaje ispod, pokrenite komande te primopredaje i svake nakon nje, u folderu „pack“.',
    rotationHeading: 'Primopredaja {n} od {total}: događaj #{seq} u custody.jsonl, {at}',
    rotationFrom: 'Zamijenjeni ključ',
    rotationTo: 'Novi ključ',
    rotationProves: {
      pem: 'Upisuje zamijenjeni ključ, onako kako ga navodi događaj, u key-{n}.pem.',
      fingerprint: 'Ispisuje otisak zamijenjenog ključa.',
      statement:
        'Upisuje izjavu koju je zamijenjeni ključ potpisao, bajt po bajt, u rotation-{n}.txt: njenu svrhu, ID instalacije, zamijenjeni i novi ključ.',
      signature: 'Upisuje njen potpis, dekodiran iz base64, u rotation-{n}.sig.',
      verify: 'Dokazuje da je zamijenjeni ključ potpisao izjavu: da je svoju ulogu predao novom ključu.',
    },
    rotationFingerprint:
      'Za prvu primopredaju koju provjeravate, ovo mora biti otisak koji ste od pošiljaoca dobili odvojeno od paketa; za svaku sljedeću, novi ključ prethodne primopredaje.',
    rotationsLast:
      'Novi ključ posljednje primopredaje mora biti ono što je ispisao korak 5: ključ kojim je ovaj paket potpisan. Ako je svaka komanda ispisala ono što treba, ključ čiji ste otisak dobili od pošiljaoca predao je svoju ulogu ključu kojim je ovaj paket potpisan, jednom potpisanom primopredajom za drugom.',
  },

  checks: {
    zip: 'Paket se otvara kao ZIP, svaka stavka je čitljiva i ima siguran naziv',
    'manifest-json': 'manifest.json je JSON u kodiranju UTF-8',
    'manifest-schema': 'manifest.json ima sve članove svog formata, svaki odgovarajućeg tipa',
    'public-key': 'public-key.pem je ECDSA P-256 javni ključ',
    'key-fingerprint': 'public-key.pem je ključ koji manifest.json navodi za autora izvoza',
    signature: 'manifest.sig i SHA256SUMS.sig uspješno se provjeravaju ključem public-key.pem',
    sha256sums: 'SHA256SUMS navodi svaku datoteku tačno jednom, pravilnim redom, i svaka hash vrijednost odgovara',
    'file-hash': 'Svaka datoteka ima veličinu i SHA-256 koje navodi manifest.json',
    'missing-file': 'Nijedna datoteka ne nedostaje',
    'extra-file': 'Nema suvišnih datoteka',
    'site-file': 'Svaki result.json razgovora (format Telegram Desktop) je tačno ono što daju zapisi',
    capture: 'Stavka svakog zapisa u manifest.json slaže se s podacima o zapisu',
    record: 'Svaki record.json je kanonski JSON podataka o zapisu iz manifesta',
    'record-hash': 'Hash vrijednost svakog record.json jednaka je njegovom recordSha256',
    artifact: 'Svaka datoteka zapisa ima veličinu i SHA-256 koje navode podaci o zapisu',
    'custody-json': 'custody.jsonl sadrži po jedan događaj dokaznog lanca u kanonskom JSON-u u svakom redu',
    'custody-hash': 'Hash vrijednost svakog događaja dokaznog lanca može se ponovo izračunati iz njegovih polja',
    'custody-chain': 'Događaji dokaznog lanca slijede pravilnim redoslijedom, svaki povezan s prethodnim',
    'custody-gap': 'Događaji dokaznog lanca koje je izvoznik izostavio kao događaje drugih zapisa',
    'custody-captures':
      'Svaki zapis ima svoj događaj „dokumentovano“ s hash vrijednošću svojih podataka i nijedan nije izbrisan',
    'custody-export': 'Posljednji događaj dokaznog lanca je ovaj izvoz, kako navodi manifest.json',
    'custody-event': 'Svaki događaj dokaznog lanca je poznatog tipa, s detaljima koje njegov tip ima',
    'custody-actor': 'Svaki događaj dokaznog lanca zapisao je autor izvoza',
    'custody-order': 'Svaki događaj dokaznog lanca stoji gdje njegov tip smije',
    'custody-time': 'Svaki zapis je ušao u dokazni lanac u roku od nekoliko minuta od početka dokumentovanja',
    'custody-clock': 'Vrijeme nikada ne ide unazad od jednog događaja dokaznog lanca do sljedećeg',
    'key-rotation':
      'Svaku primopredaju ključa za potpisivanje potpisao je zamijenjeni ključ, i one vode do ključa paketa',
    'not-checked': 'Provjere koje nije bilo moguće izvršiti',
    verifier: 'Program za provjeru izvršio je svaku provjeru do kraja',
    signer: 'public-key.pem je ključ potpisnika kojeg ste očekivali',
  },

  messages: {
    error: '{reason}',
    'verifier.unfinished': 'nije bilo moguće provjeriti do kraja: {reason}',
    'zip.unreadable': 'nije ZIP datoteka koja se može pročitati: {reason}',
    'zip.duplicateNames':
      'stavki: {entries}, a različitih naziva: {names}; programi za raspakivanje različito biraju koju kopiju zadržavaju',
    'zip.unsafePath': 'nije obična relativna putanja: unzip bi je mogao upisati izvan foldera',
    'zip.entryUnreadable': 'ne može se pročitati iz ZIP-a: {reason}',
    'zip.noEnd': 'ne završava zapisom o kraju ZIP-a: nije ZIP ili su nakon njegovog kraja dodani bajtovi',
    'zip.comment': 'ima komentar arhive, kakav Dokaz nikad ne upisuje',
    'zip.zip64': 'koristi ZIP64 ili više diskova, što Dokaz nikad ne upisuje',
    'zip.bytesBefore': plural({
      one: '{count} bajt stoji prije njegove prve stavke: nešto je stavljeno ispred ZIP-a',
      few: '{count} bajta stoje prije njegove prve stavke: nešto je stavljeno ispred ZIP-a',
      other: '{count} bajtova stoji prije njegove prve stavke: nešto je stavljeno ispred ZIP-a',
    }),
    'zip.layout':
      'ne drži stavke jednu za drugom kako ih navodi centralni direktorij (kod bajta {offset}): nešto je dodano, uklonjeno ili premješteno',
    'zip.extraField':
      'nosi {field}, dodatno polje ili komentar koji Dokaz nikad ne upisuje: drugi alat za raspakivanje mogao bi iz njega pročitati drugo ime ili veličinu',
    'zip.attributes': 'njegova verzija ili atributi nisu oni koje Dokaz upisuje za običnu datoteku ili folder',
    'zip.flags': 'ima zastavice ili metod kompresije koje Dokaz nikad ne upisuje (šifriranje, kodiranje imena, …)',
    'zip.localHeader': 'njegovo lokalno zaglavlje ne slaže se s njegovom stavkom u centralnom direktoriju',
    'zip.descriptor': 'njegov opis podataka ne slaže se s njegovom stavkom u centralnom direktoriju',
    'zip.folderData': 'je stavka foldera s podacima, veličinom ili CRC-32',
    'zip.size': 'njegovi podaci nemaju veličinu koju navode zaglavlja',
    'zip.crc': 'njegovi podaci nemaju CRC-32 koji navode zaglavlja',
    'zip.deflateEnd':
      'njegovi komprimirani podaci nastavljaju se nakon kraja deflate toka: drugi alati za raspakivanje mogli bi tu pročitati stavku',
    'zip.falseDescriptor':
      'na bajtu {offset} svojih podataka sadrži nešto što alat koji čita ZIP kao tok (naprimjer bsdtar iz cijevi) smatra krajem stavke: takav alat bi raspakovao ono što slijedi kao druge datoteke',
    'zip.order': 'dolazi nakon {other}: Dokaz upisuje stavke paketa drugim redoslijedom',
    'zip.nameForm':
      'nije ime koje Dokaz upisuje: slova, cifre, „.“, „-“ i „_“, nijedan dio koji počinje ili završava s „.“, najviše {max} znakova',
    'zip.sameFile':
      'je ista datoteka kao {other} za neke alate za raspakivanje ili sisteme datoteka (velika i mala slova, Unicode oblik, tačke ili razmaci na kraju, „\\“ ili „:“)',
    'zip.fileIsFolder': 'je datoteka, ali je {other} čini folderom',
    'zip.tooLarge': plural({
      one: 'navodi da sadrži {count} bajt, više od {limit} koliko program za provjeru čita iz takve datoteke',
      few: 'navodi da sadrži {count} bajta, više od {limit} koliko program za provjeru čita iz takve datoteke',
      other: 'navodi da sadrži {count} bajtova, više od {limit} koliko program za provjeru čita iz takve datoteke',
    }),
    'zip.budget':
      'nije pročitana: komprimirane datoteke paketa raspakovale bi se u više od {limit} bajtova ukupno, što je granica programa za provjeru za paket ove veličine',
    'zip.opens': plural({
      one: 'otvara se kao ZIP s {count} datotekom',
      few: 'otvara se kao ZIP s {count} datoteke',
      other: 'otvara se kao ZIP s {count} datoteka',
    }),
    'file.missing': 'nije u paketu',
    'file.notUtf8': 'nije tekst u kodiranju UTF-8',
    'file.jsonValues':
      'sadrži {count} JSON vrijednosti, više od {limit} koliko program za provjeru raščlanjuje za paket ove veličine',
    'manifest.notJson': 'nije JSON: {reason}',
    'manifest.notObject': 'nije JSON objekat',
    'manifest.isJson': 'je JSON u kodiranju UTF-8',
    'manifest.unknownMember': '{path} nije član formata {format}',
    'manifest.signingFile': '$.files navodi {file}, a tu datoteku po pravilu izostavlja',
    'manifest.fileTwice': '$.files dvaput navodi {file}',
    'manifest.moreProblems': plural({
      one: 'i još {count} problem',
      few: 'i još {count} problema',
      other: 'i još {count} problema',
    }),
    'manifest.schemaOk': 'ima sve članove, svaki odgovarajućeg tipa',
    'key.ok': 'je ECDSA P-256 javni ključ',
    'key.fingerprintOk': 'ima otisak koji navodi manifest.json, {fingerprint}',
    'key.fingerprintWrong': 'nije ključ koji navodi exporter.keyFingerprint u manifest.json',
    'signer.ok': 'je ključ označen kao „{label}”',
    'signer.okGiven': 'ima otisak koji ste naveli',
    'signer.other': 'nije ključ koji ste očekivali: ovaj paket je potpisao drugi ključ',
    'signer.noKey': 'nije ga moguće uporediti s ključem koji ste očekivali: paket nema upotrebljiv javni ključ',
    'signature.noKey': 'ne može se provjeriti: {file} se ne može upotrijebiti',
    'signature.missing': 'ne može se provjeriti: {file} nedostaje',
    'signature.ok': 'potvrđuje {file} pomoću {key}',
    'signature.bad':
      'ne potvrđuje {file} pomoću {key}: jedna od ovih datoteka je izmijenjena nakon potpisivanja ili je potpisao drugi ključ',
    'sums.tooManyLines': plural({
      one: 'ima više redova od {count} datoteke paketa koje navodi',
      few: 'ima više redova od {count} datoteke paketa koje navodi',
      other: 'ima više redova od {count} datoteka paketa koje navodi',
    }),
    'sums.noFinalBreak': 'ne završava se prelomom reda',
    'sums.badLine': 'red {line} nije „<64 mala heksadecimalna znaka>  <putanja>“',
    'sums.twice': 'red {line} drugi put navodi {path}',
    'sums.order': 'red {line}: {path} nije na svom mjestu (redoslijed po putanji)',
    'sums.leftOut': 'red {line} navodi {path}, a SHA256SUMS tu datoteku po pravilu izostavlja',
    'sums.ok': plural({
      one: 'ispravnog je oblika: {count} red, po redoslijedu putanja',
      few: 'ispravnog je oblika: {count} reda, po redoslijedu putanja',
      other: 'ispravnog je oblika: {count} redova, po redoslijedu putanja',
    }),
    'sums.notInPack': 'navodi se u {sums}, ali nije u paketu',
    'sums.mismatch': 'ne odgovara svom SHA-256 u {sums}',
    'sums.match': 'odgovara svom SHA-256 u {sums}',
    'sums.unlisted': 'je u paketu, ali se ne navodi u {sums}',
    'files.size': plural({
      one: 'ima {count} bajt; manifest.json navodi {expected}',
      few: 'ima {count} bajta; manifest.json navodi {expected}',
      other: 'ima {count} bajtova; manifest.json navodi {expected}',
    }),
    'files.mismatch': 'ne odgovara svom SHA-256 u manifest.json',
    'files.ok': 'ima veličinu i SHA-256 koje navodi manifest.json',
    'files.extra': 'je u paketu, ali nije među datotekama (files) u manifest.json',
    'capture.twice': 'pojavljuje se dvaput u manifest.json',
    'capture.recordId': 'id u podacima o zapisu je {id}',
    'capture.recordHash': 'recordSha256 u manifest.json nije SHA-256 podataka o zapisu',
    'capture.unknownArtifact': 'files navodi {artifact}, a takve datoteke nema u podacima o zapisu',
    'capture.artifactPath': 'files daje {path} za {name}, a treba {expected}',
    'capture.noArtifactPath': 'files ne daje putanju za {name}, a treba {expected}',
    'capture.sameName': 'dvije datoteke imaju naziv {name}',
    'capture.ok': 'njegova stavka u manifestu slaže se s podacima o zapisu',
    'capture.strayFile': 'nije ni record.json ni datoteka nekog zapisa iz manifest.json',
    'capture.sharedOnce':
      'je u shared/, ali ga navodi manje od dva zapisa iz manifest.json: datoteka jednog zapisa je u njegovom folderu',
    'siteFile.ok': 'je tačno ono što daju zapisi iz manifest.json, bajt po bajt',
    'siteFile.differs': 'nije ono što daju zapisi iz manifest.json: kaže nešto što provjereni zapisi ne kažu',
    'siteFile.missing': 'nije u paketu, iako ga njegovi zapisi daju',
    'siteFile.stray': 'nije nijedna od datoteka paketa i nijedan zapis iz manifest.json ga ne daje',
    'siteFile.notInFormat': 'nema mjesta u {format}: tu su samo datoteke paketa i zapisa',
    'record.ok': 'je kanonski JSON podataka o zapisu iz manifest.json',
    'record.notCanonical': 'nije kanonski JSON podataka o ovom zapisu iz manifest.json',
    'record.hashOk': 'hash vrijednost jednaka je recordSha256',
    'record.hashWrong': 'hash vrijednost nije jednaka recordSha256',
    'artifact.ok': 'ima veličinu i SHA-256 koje navode podaci o zapisu',
    'artifact.wrong': 'nema veličinu i SHA-256 koje navode podaci o zapisu',
    'custody.notJson': 'nije JSON',
    'custody.notCanonical': 'nije u kanonskom JSON-u',
    'custody.lineTooLong': plural({
      one: 'sadrži {count} znak, više od {limit} koliko program za provjeru čita iz jednog događaja dokaznog lanca',
      few: 'sadrži {count} znaka, više od {limit} koliko program za provjeru čita iz jednog događaja dokaznog lanca',
      other:
        'sadrži {count} znakova, više od {limit} koliko program za provjeru čita iz jednog događaja dokaznog lanca',
    }),
    'custody.empty': 'ne sadrži nijedan događaj',
    'custody.ok': plural({
      one: 'sadrži {count} događaj dokaznog lanca',
      few: 'sadrži {count} događaja dokaznog lanca',
      other: 'sadrži {count} događaja dokaznog lanca',
    }),
    'custody.hashWrong': 'ponovnim izračunavanjem iz njegovih polja ne dobija se njegova hash vrijednost',
    'custody.payloadWrong': 'hash vrijednost njegovih detalja (details) nije njegov payloadSha256',
    'custody.hashesOk': plural({
      one: 'ponovnim izračunavanjem iz polja dobija se hash vrijednost za {count} događaj',
      few: 'ponovnim izračunavanjem iz polja dobija se hash vrijednost svakog od {count} događaja',
      other: 'ponovnim izračunavanjem iz polja dobija se hash vrijednost svakog od {count} događaja',
    }),
    'custody.order': 'dolazi nakon događaja #{seq}: događaji moraju biti poredani po rastućem seq',
    'custody.prevHash': 'njegov prevHash nije hash vrijednost događaja #{seq}',
    'custody.prevHashFirst': 'njegov prevHash nisu nule prvog događaja',
    'custody.gap': plural({
      one: 'izostavljen je {count} događaj ({range}), kao događaj drugih zapisa: paket ne može pokazati šta je bio',
      few: 'izostavljena su {count} događaja ({range}), kao događaji drugih zapisa: paket ne može pokazati šta su bili',
      other:
        'izostavljeno je {count} događaja ({range}), kao događaji drugih zapisa: paket ne može pokazati šta su bili',
    }),
    'custody.chainOk': 'njegovi događaji slijede pravilnim redoslijedom, svaki povezan s prethodnim',
    'custody.noCaptured': 'nema događaj „dokumentovano“ („captured“) zapisa {id}',
    'custody.capturedTwice': plural({
      one: 'ima {count} događaj „dokumentovano“ („captured“) zapisa {id}',
      few: 'ima {count} događaja „dokumentovano“ („captured“) zapisa {id}',
      other: 'ima {count} događaja „dokumentovano“ („captured“) zapisa {id}',
    }),
    'custody.recordHash': 'njegov payloadSha256 nije SHA-256 datoteke {path}',
    'custody.otherCapture': 'odnosi se na zapis {id}, koji nije u paketu',
    'custody.deleted': 'briše zapis {id}, koji je u paketu',
    'custody.capturesOk':
      'svaki zapis ima svoj događaj „dokumentovano“ („captured“) s hash vrijednošću svojih podataka',
    'custody.lastNotExport': 'posljednji događaj je „{type}“, a ne događaj izvoza („exported“)',
    'custody.exportMember': '{member} nije ono što navodi manifest.json',
    'custody.exportSeq': 'njegov seq (custody.exportEventSeq) nije ono što navodi manifest.json',
    'custody.exportHash': 'njegova hash vrijednost (custody.headHash) nije ono što navodi manifest.json',
    'custody.exportLines': 'broj redova u {file} (custody.events) nije ono što navodi manifest.json',
    'custody.exportOk': 'posljednji događaj je ovaj izvoz, kako navodi manifest.json',
    'checks.more': plural({
      one: 'i još {count} takav, koji nije naveden pojedinačno',
      few: 'i još {count} takva, koji nisu navedeni pojedinačno',
      other: 'i još {count} takvih, koji nisu navedeni pojedinačno',
    }),
    'json.tooDeep': plural({
      one: 'ugnježđuje dublje od {count} nivoa, dublje nego što njegov format ikada ide: nije pročitano',
      few: 'ugnježđuje dublje od {count} nivoa, dublje nego što njegov format ikada ide: nije pročitano',
      other: 'ugnježđuje dublje od {count} nivoa, dublje nego što njegov format ikada ide: nije pročitano',
    }),
    'json.duplicateKey': 'dvaput navodi {path}: JSON čitači se razlikuju po tome koju od dvije vrijednosti zadržavaju',
    'custody.unknownType': 'je tipa „{type}“, koji nije događaj dokaznog lanca u {format}',
    'custody.noDetails': 'ima detalje (details), koje događaj „{type}“ nikada nema',
    'custody.noCapture': 'događaj „{type}“ se odnosi na zapis, ali njegov captureId je null',
    'custody.aboutCapture': 'događaj „{type}“ se ne odnosi ni na jedan zapis, ali ovaj navodi zapis {id}',
    'custody.eventsOk': plural({
      one: 'njegov {count} događaj je poznatog tipa, s detaljima i zapisom koje njegov tip ima',
      few: 'svaki od njegova {count} događaja je poznatog tipa, s detaljima i zapisom koje njegov tip ima',
      other: 'svaki od njegovih {count} događaja je poznatog tipa, s detaljima i zapisom koje njegov tip ima',
    }),
    'custody.actor': 'zapisao ga je drugi Dokaz, a ne autor izvoza (exporter.installId u manifest.json)',
    'custody.actorsOk': 'svaki događaj je zapisao autor izvoza, {actor}',
    'custody.beforeCapture': 'je događaj „{type}“ o zapisu {id} prije događaja „dokumentovano“ („captured“) tog zapisa',
    'custody.notLast': 'je događaj „{type}“, ali nije posljednji: paket sadrži jedan takav, svoj, na kraju',
    'custody.never': 'je događaj „{type}“, koji paket nikada ne sadrži (izbrisani zapis se ne izvozi)',
    'custody.orderOk':
      'svaki događaj stoji gdje njegov tip smije: nakon događaja „dokumentovano“ („captured“) svog zapisa, izvoz posljednji',
    'custody.clockBack':
      'zapisan je u {at}, prije događaja #{seq} ({before}), koji dolazi prije njega: sat računara je vraćen unazad',
    'custody.clockOk': 'nijedan događaj nije zapisan u vrijeme prije vremena događaja ispred njega',
    'custody.timeLate': plural({
      one: 'zapisan je {count} minutu nakon što je dokumentovanje počelo ({capturedAt}): dokumentovanje je čekalo, na sporo preuzimanje ili na računar u stanju mirovanja',
      few: 'zapisan je {count} minute nakon što je dokumentovanje počelo ({capturedAt}): dokumentovanje je čekalo, na sporo preuzimanje ili na računar u stanju mirovanja',
      other:
        'zapisan je {count} minuta nakon što je dokumentovanje počelo ({capturedAt}): dokumentovanje je čekalo, na sporo preuzimanje ili na računar u stanju mirovanja',
    }),
    'custody.timeEarly': plural({
      one: 'zapisan je {count} sekundu prije nego što je dokumentovanje počelo ({capturedAt}): sat računara je vraćen unazad tokom dokumentovanja',
      few: 'zapisan je {count} sekunde prije nego što je dokumentovanje počelo ({capturedAt}): sat računara je vraćen unazad tokom dokumentovanja',
      other:
        'zapisan je {count} sekundi prije nego što je dokumentovanje počelo ({capturedAt}): sat računara je vraćen unazad tokom dokumentovanja',
    }),
    'custody.timeFar': plural({
      one: 'zapisan je {count} dan udaljeno od početka dokumentovanja ({capturedAt}): to ne objašnjava ni sporo dokumentovanje ni sat vraćen unazad',
      few: 'zapisan je {count} dana udaljeno od početka dokumentovanja ({capturedAt}): to ne objašnjava ni sporo dokumentovanje ni sat vraćen unazad',
      other:
        'zapisan je {count} dana udaljeno od početka dokumentovanja ({capturedAt}): to ne objašnjava ni sporo dokumentovanje ni sat vraćen unazad',
    }),
    'custody.exportLate': plural({
      one: 'zapisan je {count} minutu nakon što je paket napravljen ({createdAt}): izvoz je čekao na zapis koji se još spremao',
      few: 'zapisan je {count} minute nakon što je paket napravljen ({createdAt}): izvoz je čekao na zapis koji se još spremao',
      other:
        'zapisan je {count} minuta nakon što je paket napravljen ({createdAt}): izvoz je čekao na zapis koji se još spremao',
    }),
    'custody.exportEarly': plural({
      one: 'zapisan je {count} sekundu prije nego što je paket napravljen ({createdAt}): sat računara je vraćen unazad tokom izvoza',
      few: 'zapisan je {count} sekunde prije nego što je paket napravljen ({createdAt}): sat računara je vraćen unazad tokom izvoza',
      other:
        'zapisan je {count} sekundi prije nego što je paket napravljen ({createdAt}): sat računara je vraćen unazad tokom izvoza',
    }),
    'custody.exportFar': plural({
      one: 'zapisan je {count} dan udaljeno od vremena kada je paket napravljen ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unazad',
      few: 'zapisan je {count} dana udaljeno od vremena kada je paket napravljen ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unazad',
      other:
        'zapisan je {count} dana udaljeno od vremena kada je paket napravljen ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unazad',
    }),
    'custody.timesOk':
      'svaki događaj „dokumentovano“ („captured“) zapisan je u roku od nekoliko minuta od capturedAt svog zapisa',
    'notChecked.actors': 'ko je zapisao svaki događaj: exporter u manifest.json nije ispravan',
    'custody.tooManyBad': plural({
      one: 'čitanje je ovdje zaustavljeno: više od {count} reda prije njega nije događaj dokaznog lanca, pa datoteka nije dokazni lanac',
      few: 'čitanje je ovdje zaustavljeno: više od {count} reda prije njega nisu događaji dokaznog lanca, pa datoteka nije dokazni lanac',
      other:
        'čitanje je ovdje zaustavljeno: više od {count} redova prije njega nisu događaji dokaznog lanca, pa datoteka nije dokazni lanac',
    }),
    'notChecked.fingerprint': 'njegov otisak: exporter u manifest.json nije ispravan',
    'notChecked.files': 'datoteke koje nedostaju ili su suvišne: files u manifest.json nije ispravan',
    'notChecked.captures': 'podaci i datoteke zapisa: captures u manifest.json nije ispravan',
    'notChecked.custodyCaptures': 'događaji svakog zapisa: captures u manifest.json nije ispravan',
    'notChecked.export': 'događaj izvoza prema manifest.json: njegovi captures, selection ili custody nisu ispravni',
    'schema.type': '{path} je {actual}, a ne {expected}',
    'schema.not': '{path} nije {expected}',
    'schema.tooMany': plural({
      one: '{path} ima više od {count} stavke',
      few: '{path} ima više od {count} stavke',
      other: '{path} ima više od {count} stavki',
    }),
    'schema.noneOf': '{path} nema nijedan od članova {members}',
    'schema.notOneOf': '{path} nije nijedno od: {values}',
    'schema.missing': '{path} nema član {member}',
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
      'predaje ključ druge instalacije, a ne autora izvoza (exporter.installId u manifest.json): ne dokazuje ništa o ključevima autora izvoza',
    'keyRotation.link':
      'predaje od drugog ključa, a ne od onog kojem je predao događaj #{seq}: primopredaje nisu jedan niz',
    'keyRotation.key': 'njegov fromPublicKey nije javni ključ ECDSA P-256',
    'keyRotation.fingerprint':
      'hash vrijednost njegovog fromPublicKey nije njegov from: navedeni ključ nije ključ za koji kaže da je zamijenjen',
    'keyRotation.signature':
      'njegov potpis se ne potvrđuje ključem fromPublicKey: zamijenjeni ključ nije potpisao ovu primopredaju',
    'keyRotation.notPackKey':
      'predaje drugom ključu, a ne ključu paketa (exporter.keyFingerprint u manifest.json): primopredaje ne vode do ključa kojim je paket potpisan',
    'keyRotation.tooMany': plural({
      one: 'sadrži {count} događaj „key-rotated“, više od {limit} koliko program za provjeru provjerava: nijedan pravi Dokaz ne mijenja ključ tako često',
      few: 'sadrži {count} događaja „key-rotated“, više od {limit} koliko program za provjeru provjerava: nijedan pravi Dokaz ne mijenja ključ tako često',
      other:
        'sadrži {count} događaja „key-rotated“, više od {limit} koliko program za provjeru provjerava: nijedan pravi Dokaz ne mijenja ključ tako često',
    }),
    'notChecked.keyRotation': 'primopredaje ključa za potpisivanje: exporter u manifest.json nije ispravan',
    'kind.publicKeyPem': 'javni ključ u PEM obliku (-----BEGIN PUBLIC KEY-----) od najviše 512 znakova',
    'kind.signatureBase64': 'potpis u base64 obliku od najviše 96 znakova',
    'kind.decimalId': 'decimalni ID (samo cifre)',
    'kind.noteKey': 'bilješka Dokaza (jedan od ključeva njegovog kataloga bilješki)',
    'kind.text': 'tekst',
    'kind.boolean': 'true ili false',
    'kind.number': 'broj',
    'kind.integer': 'cijeli broj',
    'kind.count': 'cijeli broj ≥ 0',
    'kind.object': 'objekat',
    'kind.list': 'lista',
    'kind.sha256': '64 mala heksadecimalna znaka',
    'kind.uuid': 'UUID',
    'kind.utcInstant': 'UTC vrijeme po ISO 8601 s milisekundama',
    'kind.fileName': 'naziv datoteke',
    'kind.packPath': 'relativna putanja unutar paketa',
    'kind.language': 'oznaka jezika (BCP 47)',
  },

  verdict: {
    heading: 'Dokaz: paket dokaza',
    headingFormat: plural({
      one: 'Dokaz: paket dokaza {format}, {count} zapis',
      few: 'Dokaz: paket dokaza {format}, {count} zapisa',
      other: 'Dokaz: paket dokaza {format}, {count} zapisa',
    }),
    fingerprint: 'Otisak ključa za potpisivanje: {fingerprint}',
    fingerprintNote:
      '(uporedite ga s otiskom dobijenim odvojeno od paketa: pročitanim telefonom, s odštampane kartice ključa, lično)',
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
      one: 'S {count} upozorenjem (⚠): nešto što pravi Dokaz može zapisati, npr. nakon što je njegov sat vraćen unazad. To ne obara paket; pročitajte ga ispod.',
      few: 'S {count} upozorenja (⚠): stvari koje pravi Dokaz može zapisati, npr. nakon što je njegov sat vraćen unazad. Ona ne obaraju paket; pročitajte ih ispod.',
      other:
        'S {count} upozorenja (⚠): stvari koje pravi Dokaz može zapisati, npr. nakon što je njegov sat vraćen unazad. Ona ne obaraju paket; pročitajte ih ispod.',
    }),
    expected: 'očekivano: {value}',
    found: 'pronađeno: {value}',
    verified: plural({
      one: 'POTVRĐENO: {count} provjera je uspjela.',
      few: 'POTVRĐENO: sve {count} provjere su uspjele.',
      other: 'POTVRĐENO: svih {count} provjera je uspjelo.',
    }),
    notVerified: 'NIJE POTVRĐENO: neuspjelih provjera {failed} od {count}.',
    signedBy: 'Potpisan ključem označenim kao „{label}”.',
    signedByGiven: 'Potpisan ključem čiji ste otisak naveli.',
    intact: plural({
      one: 'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: {count} provjera je uspjela, ali ništa ovdje ne pokazuje ko je potpisao paket.',
      few: 'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: sve {count} provjere su uspjele, ali ništa ovdje ne pokazuje ko je potpisao paket.',
      other:
        'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: svih {count} provjera je uspjelo, ali ništa ovdje ne pokazuje ko je potpisao paket.',
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
      'Da biste potvrdili potpisnika, uporedite otisak ispod s otiskom koji ste od pošiljaoca dobili odvojeno od paketa (pročitan telefonom, odštampana kartica ključa, lično), ili ga navedite: --fingerprint <hex> ili --trusted-keys <file>.',
  },

  cli: {
    usage:
      'Upotreba: dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>\n\nProvjerava paket dokaza napravljen Dokazom (dokaz-pack/1 ili dokaz-pack/2): njegove potpise, hash vrijednost svake datoteke, manifest, podatke o zapisima i događaje dokaznog lanca.\n  --fingerprint <hex>    otisak ključa pošiljaoca, dobijen odvojeno od paketa\n                         (pročitan telefonom, odštampana kartica ključa, lično); razmaci i dvotačke su dozvoljeni\n  --trusted-keys <file>  spisak pouzdanih ključeva: jedan otisak po redu, zatim oznaka; # započinje komentar\n  --json                 ispisuje rezultat kao JSON umjesto teksta\n  --lang <code>          jezik ispisa: {languages}\n                         (inače jezik okruženja, LANG)\nPaket sadrži vlastiti ključ, pa ga svako može ponovo potpisati: bez --fingerprint ili --trusted-keys sadržaj može biti netaknut, ali potpisnik nije potvrđen (izlazni status je ipak 0).\nIzlazni status: 0 potvrđeno, 1 neka provjera nije uspjela ili je paket potpisao drugi ključ, 2 greška u upotrebi.',
    unknownOption: 'dokaz-verify: nepoznata opcija {option}',
    unknownLanguage: 'dokaz-verify: nepoznat jezik {language}; izaberite jedan od sljedećih: {languages}',
    cannotRead: 'dokaz-verify: nije moguće pročitati {path}: {reason}',
    badFingerprint: 'dokaz-verify: --fingerprint nije moguće upotrijebiti: {reason}',
    badTrustedKeys: 'dokaz-verify: spisak pouzdanih ključeva {path} nije moguće upotrijebiti: {reason}',
    missingValue: 'dokaz-verify: opciji {option} nedostaje vrijednost',
  },
};
