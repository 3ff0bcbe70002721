import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Kako proveriti ovaj paket dokaza',
    packFormat: 'Format paketa',
    madeAt: 'Vreme izrade (UTC)',
    exporter: 'ID instalacije',
    signingKey: 'Ključ za potpisivanje',
    signerNote:
      'Ništa u ovom paketu samo po sebi ne pokazuje ko ga je potpisao: ID instalacije je nasumičan broj koji svako može da kopira, a ko ponovo potpiše paket drugim ključem, prepisuje i ovu datoteku. To pokazuje korak 5, upoređen sa otiskom dobijenim od pošiljaoca odvojeno od paketa.',
    intro:
      'Za ove komande potrebni su samo alati unzip, sha256sum i openssl, bez ikakvog poverenja u Dokaz. Pokrenite ih u terminalu, u fascikli u kojoj se nalazi {zip}.',
    proves: {
      unzip: 'Raspakuje paket u fasciklu „pack“ i ulazi u nju.',
      sumsSignature:
        'Dokazuje da je SHA256SUMS, listu heš vrednosti svih datoteka, potpisao privatni ključ čija je javna polovina public-key.pem.',
      sums: 'Dokazuje da svaka datoteka ima heš vrednost koju navodi SHA256SUMS: nijedna datoteka nije menjana otkako je lista potpisana.',
      manifestSignature:
        'Dokazuje da je manifest.json (podaci o svim zapisima, svaka datoteka sa svojom veličinom i heš vrednošću, rezime lanca čuvanja) potpisan istim ključem.',
      fingerprint:
        'Ispisuje otisak ključa kojim je paket potpisan. Uporedite ga, znak po znak, sa otiskom koji ste od pošiljaoca dobili odvojeno od ovog paketa: pročitan telefonom, na odštampanoj kartici ključa, lično. Samo to podudaranje pokazuje ko je potpisao paket.',
    },
    expectedOutput: 'Očekivani izlaz: {expected}',
    expectedList: 'po jedan red za svaku datoteku, a svaki se završava sa „OK“, npr.',
    senderFingerprint:
      'otisak pošiljaoca, onakav kakav ste ga dobili odvojeno od paketa (nikada onaj zapisan u ovom paketu), a za njim „  -”',
    otherwise:
      'Ako neka komanda ispiše bilo šta drugo („Verification failure“, „FAILED“), paket nije onakav kakav je bio kada je potpisan; ako korak 5 ispiše otisak različit od otiska pošiljaoca, potpisao ga je neko drugi. U oba slučaja, ne oslanjajte se na njega.',
    moreIntro: 'Ove komande proveravaju datoteke i potpise. Alat za proveru iz projekta Dokaz,',
    moreChecks:
      'kao i stranica za proveru u proširenju Dokaz, čitaju ZIP strogo, samo u jedinom obliku u kojem ga Dokaz piše (odbija se sve što bi drugi alat za raspakivanje mogao da pročita drugačije), i proveravaju da nijedna datoteka ne nedostaje i da nema suvišnih, zatim šemu manifesta i događaje lanca čuvanja u custody.jsonl: heš svakog događaja, lanac između uzastopnih događaja, da je svaki događaj poznate vrste, da ga je zapisao izvoznik, mogućim redosledom i u moguće vreme, događaj „captured“ (dokumentovano) za svaki zapis i događaj „exported“ (izvezeno) za ovaj izvoz. Uz otisak ključa pošiljaoca (--fingerprint) potvrđuju i ko je potpisao. Navode datoteku ili proveru koja nije uspela.',
    windowsHeading: 'U sistemu Windows',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) donosi openssl, sha256sum i terminal Bash, „Git Bash“.',
    windowsUnzip:
      'Raspakujte ZIP: kliknite na njega desnim tasterom miša, „Extract All...“ („Izdvoj sve…“), u fasciklu „pack“; ili u okruženju PowerShell:',
    windowsBash:
      'Otvorite Git Bash u fascikli „pack“ (desni klik u fascikli, „Open Git Bash here“) i pokrenite gornje komande od 2 do 5. Iz okruženja cmd.exe, openssl se nalazi na putanji {openssl}.',
    windowsNoGit:
      'Bez programa Git, Windows može da izračuna heš jedne po jedne datoteke; uporedite heš sa redom u SHA256SUMS koji se odnosi na tu datoteku (velika ili mala slova nisu bitna):',
    windowsPowerShell: 'ili u okruženju PowerShell:',
    windowsNoSignatures: 'Tako se proverava heš datoteke, ali ne i potpisi: njih proverava samo openssl.',
    macHeading: 'U sistemu macOS',
    mac: 'Ako sha256sum nedostaje, koristite „shasum -a 256 -c SHA256SUMS“ u 3. koraku i „shasum -a 256“ u 5. koraku.',
    rotationsHeading: 'Raniji ključevi za potpisivanje',
    rotationsIntro:
      'Ključ kojim je ovaj paket potpisan zamenio je ranije ključeve iste instalacije programa Dokaz (to se dešava kada se postavi lozinka). Svaka zamena je događaj „key-rotated“ u custody.jsonl: izjava koja navodi zamenjeni i novi ključ, potpisana zamenjenim ključem. Ako je otisak koji ste dobili od pošiljaoca zamenjeni ključ neke primopredaje ispod, pokrenite komande te primopredaje i svake posle nje, u fascikli „pack“.',
    rotationHeading: 'Primopredaja {n} od {total}: događaj #{seq} u custody.jsonl, {at}',
    rotationFrom: 'Zamenjeni ključ',
    rotationTo: 'Novi ključ',
    rotationProves: {
      pem: 'Upisuje zamenjeni ključ, onako kako ga navodi događaj, u key-{n}.pem.',
      fingerprint: 'Ispisuje otisak zamenjenog ključa.',
      statement:
        'Upisuje izjavu koju je zamenjeni ključ potpisao, bajt po bajt, u rotation-{n}.txt: njenu svrhu, ID instalacije, zamenjeni i novi ključ.',
      signature: 'Upisuje njen potpis, dekodiran iz base64, u rotation-{n}.sig.',
      verify: 'Dokazuje da je zamenjeni ključ potpisao izjavu: da je svoju ulogu predao novom ključu.',
    },
    rotationFingerprint:
      'Za prvu primopredaju koju proveravate, ovo mora biti otisak koji ste od pošiljaoca dobili odvojeno od paketa; za svaku sledeću, novi ključ prethodne primopredaje.',
    rotationsLast:
      'Novi ključ poslednje primopredaje mora biti ono što je ispisao korak 5: ključ kojim je ovaj paket potpisan. Ako je svaka komanda ispisala ono što treba, ključ čiji ste otisak dobili od pošiljaoca predao je svoju ulogu ključu kojim je ovaj paket potpisan, jednom potpisanom primopredajom za drugom.',
  },

  checks: {
    zip: 'Paket se otvara kao ZIP, svaka stavka je čitljiva i bezbedno imenovana',
    'manifest-json': 'manifest.json je JSON u kodiranju UTF-8',
    'manifest-schema': 'manifest.json ima sve članove svog formata, svaki odgovarajućeg tipa',
    'public-key': 'public-key.pem je javni ključ ECDSA P-256',
    'key-fingerprint': 'public-key.pem je ključ autora paketa naveden u manifest.json',
    signature: 'manifest.sig i SHA256SUMS.sig uspešno se proveravaju ključem public-key.pem',
    sha256sums: 'SHA256SUMS navodi svaku datoteku jednom, po redu, i svaki heš se poklapa',
    'file-hash': 'Svaka datoteka ima veličinu i SHA-256 koje navodi manifest.json',
    'missing-file': 'Nijedna datoteka ne nedostaje',
    'extra-file': 'Nema suvišnih datoteka',
    'site-file': 'Svaki result.json ćaskanja (format Telegram Desktop) je tačno ono što daju zapisi',
    capture: 'Stavka svakog zapisa u manifest.json slaže se sa podacima o zapisu',
    record: 'Svaki record.json je kanonski JSON podataka o zapisu iz manifesta',
    'record-hash': 'Heš svakog record.json jednak je njegovoj vrednosti recordSha256',
    artifact: 'Svaka datoteka zapisa ima veličinu i SHA-256 koje navode podaci o zapisu',
    'custody-json': 'custody.jsonl sadrži po jedan događaj lanca čuvanja u kanonskom JSON obliku u svakom redu',
    'custody-hash': 'Heš svakog događaja lanca čuvanja ponovo se dobija iz njegovih polja',
    'custody-chain': 'Događaji lanca čuvanja su po redu, svaki povezan sa prethodnim',
    'custody-gap': 'Događaji lanca čuvanja koje je izvoznik izostavio kao događaje drugih zapisa',
    'custody-captures':
      'Svaki zapis ima svoj događaj dokumentovanja, sa hešom podataka o zapisu, i nijedan nije obrisan',
    'custody-export': 'Poslednji događaj lanca čuvanja je ovaj izvoz, kao što navodi manifest.json',
    'custody-event': 'Svaki događaj lanca čuvanja je poznatog tipa, sa detaljima koje njegov tip ima',
    'custody-actor': 'Svaki događaj lanca čuvanja zapisao je autor paketa',
    'custody-order': 'Svaki događaj lanca čuvanja stoji gde njegov tip sme',
    'custody-time': 'Svaki zapis je ušao u lanac čuvanja u roku od nekoliko minuta od početka dokumentovanja',
    'custody-clock': 'Vreme nikada ne ide unazad od jednog događaja lanca čuvanja do sledećeg',
    'key-rotation':
      'Svaku primopredaju ključa za potpisivanje potpisao je zamenjeni ključ, i one vode do ključa paketa',
    'not-checked': 'Provere koje nije bilo moguće izvršiti',
    verifier: 'Program za proveru je izvršio sve provere do kraja',
    signer: 'public-key.pem je ključ potpisnika koga ste očekivali',
  },

  messages: {
    error: '{reason}',
    'verifier.unfinished': 'nije bilo moguće proveriti do kraja: {reason}',
    'zip.unreadable': 'nije ZIP datoteka koja može da se pročita: {reason}',
    'zip.duplicateNames':
      'stavki: {entries}, a različitih imena: {names}; programi za raspakivanje različito biraju koju kopiju zadržavaju',
    'zip.unsafePath': 'nije obična relativna putanja: unzip bi mogao da je upiše izvan fascikle',
    'zip.entryUnreadable': 'ne može da se pročita iz ZIP-a: {reason}',
    'zip.noEnd': 'ne završava se završnim zapisom ZIP-a: nije ZIP, ili su posle njegovog kraja dodati bajtovi',
    'zip.comment': 'ima komentar arhive, kakav Dokaz nikada ne upisuje',
    'zip.zip64': 'koristi ZIP64 ili više diskova, što Dokaz nikada ne upisuje',
    'zip.bytesBefore': plural({
      one: '{count} bajt stoji pre njegove prve stavke: nešto je stavljeno ispred ZIP-a',
      few: '{count} bajta stoje pre njegove prve stavke: nešto je stavljeno ispred ZIP-a',
      other: '{count} bajtova stoji pre njegove prve stavke: nešto je stavljeno ispred ZIP-a',
    }),
    'zip.layout':
      'ne drži stavke jednu za drugom kako ih navodi centralni direktorijum (kod bajta {offset}): nešto je dodato, uklonjeno ili premešteno',
    'zip.extraField':
      'nosi {field}, dodatno polje ili komentar koji Dokaz nikada ne upisuje: drugi alat za raspakivanje mogao bi iz njega da pročita drugo ime ili veličinu',
    'zip.attributes': 'njegova verzija ili atributi nisu oni koje Dokaz upisuje za običnu datoteku ili fasciklu',
    'zip.flags': 'ima zastavice ili metod kompresije koje Dokaz nikada ne upisuje (šifrovanje, kodiranje imena, …)',
    'zip.localHeader': 'njegovo lokalno zaglavlje se ne slaže sa njegovom stavkom u centralnom direktorijumu',
    'zip.descriptor': 'njegov opis podataka se ne slaže sa njegovom stavkom u centralnom direktorijumu',
    'zip.folderData': 'je stavka fascikle sa podacima, veličinom ili CRC-32',
    'zip.size': 'njegovi podaci nemaju veličinu koju navode zaglavlja',
    'zip.crc': 'njegovi podaci nemaju CRC-32 koji navode zaglavlja',
    'zip.deflateEnd':
      'njegovi komprimovani podaci se nastavljaju posle kraja deflate toka: drugi alati za raspakivanje mogli bi tu da pročitaju stavku',
    'zip.falseDescriptor':
      'na bajtu {offset} svojih podataka sadrži nešto što alat koji čita ZIP kao tok (na primer bsdtar iz cevi) smatra krajem stavke: takav alat bi raspakovao ono što sledi kao druge datoteke',
    'zip.order': 'dolazi posle {other}: Dokaz upisuje stavke paketa drugim redosledom',
    'zip.nameForm':
      'nije ime koje Dokaz upisuje: slova, cifre, „.“, „-“ i „_“, nijedan deo koji počinje ili se završava sa „.“, najviše {max} znakova',
    'zip.sameFile':
      'je ista datoteka kao {other} za neke alate za raspakivanje ili sisteme datoteka (velika i mala slova, Unicode oblik, tačke ili razmaci na kraju, „\\“ ili „:“)',
    'zip.fileIsFolder': 'je datoteka, ali je {other} čini fasciklom',
    'zip.tooLarge': plural({
      one: 'navodi da sadrži {count} bajt, više od {limit} koliko program za proveru čita iz takve datoteke',
      few: 'navodi da sadrži {count} bajta, više od {limit} koliko program za proveru čita iz takve datoteke',
      other: 'navodi da sadrži {count} bajtova, više od {limit} koliko program za proveru čita iz takve datoteke',
    }),
    'zip.budget':
      'nije pročitana: komprimovane datoteke paketa raspakovale bi se u više od {limit} bajtova ukupno, što je granica programa za proveru za paket ove veličine',
    'zip.opens': plural({
      one: 'otvara se kao ZIP sa {count} datotekom',
      few: 'otvara se kao ZIP sa {count} datoteke',
      other: 'otvara se kao ZIP sa {count} datoteka',
    }),
    'file.missing': 'nije u paketu',
    'file.notUtf8': 'nije tekst u kodiranju UTF-8',
    'file.jsonValues':
      'sadrži {count} JSON vrednosti, više od {limit} koliko program za proveru raščlanjuje za paket ove veličine',
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
    'key.ok': 'je javni ključ ECDSA P-256',
    'key.fingerprintOk': 'ima otisak koji navodi manifest.json, {fingerprint}',
    'key.fingerprintWrong': 'nije ključ koji navodi exporter.keyFingerprint u manifest.json',
    'signer.ok': 'je ključ označen kao „{label}”',
    'signer.okGiven': 'ima otisak koji ste naveli',
    'signer.other': 'nije ključ koji ste očekivali: ovaj paket je potpisao drugi ključ',
    'signer.noKey': 'nije moguće uporediti sa ključem koji ste očekivali: paket nema upotrebljiv javni ključ',
    'signature.noKey': 'ne može da se proveri: {file} ne može da se upotrebi',
    'signature.missing': 'ne može da se proveri: {file} nedostaje',
    'signature.ok': 'potvrđuje {file} pomoću {key}',
    'signature.bad':
      'ne potvrđuje {file} pomoću {key}: jedna od ovih datoteka je izmenjena posle potpisivanja ili je potpisao drugi ključ',
    'sums.tooManyLines': plural({
      one: 'ima više redova od {count} datoteke paketa koje navodi',
      few: 'ima više redova od {count} datoteke paketa koje navodi',
      other: 'ima više redova od {count} datoteka paketa koje navodi',
    }),
    'sums.noFinalBreak': 'se ne završava prelomom reda',
    'sums.badLine': 'red {line} nije „<64 mala heksadecimalna znaka>  <putanja>“',
    'sums.twice': 'red {line} navodi {path} drugi put',
    'sums.order': 'red {line}: {path} nije na svom mestu (redosled po putanji)',
    'sums.leftOut': 'red {line} navodi {path}, a SHA256SUMS po pravilu izostavlja tu datoteku',
    'sums.ok': plural({
      one: 'ispravnog je oblika: {count} red, po redosledu putanja',
      few: 'ispravnog je oblika: {count} reda, po redosledu putanja',
      other: 'ispravnog je oblika: {count} redova, po redosledu putanja',
    }),
    'sums.notInPack': 'navodi se u {sums}, ali nije u paketu',
    'sums.mismatch': 'ne poklapa se sa svojim SHA-256 u {sums}',
    'sums.match': 'poklapa se sa {sums}',
    'sums.unlisted': 'je u paketu, ali se ne navodi u {sums}',
    'files.size': plural({
      one: 'ima {count} bajt; manifest.json navodi {expected}',
      few: 'ima {count} bajta; manifest.json navodi {expected}',
      other: 'ima {count} bajtova; manifest.json navodi {expected}',
    }),
    'files.mismatch': 'ne poklapa se sa svojim SHA-256 u manifest.json',
    'files.ok': 'ima veličinu i SHA-256 koje navodi manifest.json',
    'files.extra': 'je u paketu, ali nije među datotekama (files) u manifest.json',
    'capture.twice': 'pojavljuje se dvaput u manifest.json',
    'capture.recordId': 'id u podacima o zapisu je {id}',
    'capture.recordHash': 'recordSha256 u manifest.json nije SHA-256 podataka o zapisu',
    'capture.unknownArtifact': 'files navodi {artifact}, a takve datoteke nema u podacima o zapisu',
    'capture.artifactPath': 'files daje {path} za {name}, a treba {expected}',
    'capture.noArtifactPath': 'files ne daje putanju za {name}, a treba {expected}',
    'capture.sameName': 'dve datoteke imaju ime {name}',
    'capture.ok': 'njegova stavka u manifestu slaže se sa podacima o zapisu',
    'capture.strayFile': 'nije ni record.json ni datoteka nekog zapisa iz manifest.json',
    'capture.sharedOnce':
      'je u shared/, ali ga navodi manje od dva zapisa iz manifest.json: datoteka jednog zapisa je u njegovoj fascikli',
    'siteFile.ok': 'je tačno ono što daju zapisi iz manifest.json, bajt po bajt',
    'siteFile.differs': 'nije ono što daju zapisi iz manifest.json: kaže nešto što provereni zapisi ne kažu',
    'siteFile.missing': 'nije u paketu, iako ga njegovi zapisi daju',
    'siteFile.stray': 'nije nijedna od datoteka paketa i nijedan zapis iz manifest.json ga ne daje',
    'siteFile.notInFormat': 'nema mesta u {format}: tu su samo datoteke paketa i zapisa',
    'record.ok': 'je kanonski JSON podataka o zapisu iz manifest.json',
    'record.notCanonical': 'nije kanonski JSON podataka o ovom zapisu iz manifest.json',
    'record.hashOk': 'heš se poklapa sa recordSha256',
    'record.hashWrong': 'heš se ne poklapa sa recordSha256',
    'artifact.ok': 'ima veličinu i SHA-256 koje navode podaci o zapisu',
    'artifact.wrong': 'nema veličinu i SHA-256 koje navode podaci o zapisu',
    'custody.notJson': 'nije JSON',
    'custody.notCanonical': 'nije u kanonskom JSON obliku',
    'custody.lineTooLong': plural({
      one: 'sadrži {count} znak, više od {limit} koliko program za proveru čita iz jednog događaja lanca čuvanja',
      few: 'sadrži {count} znaka, više od {limit} koliko program za proveru čita iz jednog događaja lanca čuvanja',
      other: 'sadrži {count} znakova, više od {limit} koliko program za proveru čita iz jednog događaja lanca čuvanja',
    }),
    'custody.empty': 'ne sadrži nijedan događaj',
    'custody.ok': plural({
      one: 'sadrži {count} događaj lanca čuvanja',
      few: 'sadrži {count} događaja lanca čuvanja',
      other: 'sadrži {count} događaja lanca čuvanja',
    }),
    'custody.hashWrong': 'ponovnim izračunavanjem iz njegovih polja ne dobija se njegov heš',
    'custody.payloadWrong': 'heš njegovih detalja (details) nije njegov payloadSha256',
    'custody.hashesOk': plural({
      one: 'ponovnim izračunavanjem iz polja dobija se heš za {count} događaj',
      few: 'ponovnim izračunavanjem iz polja dobija se heš za svaki od {count} događaja',
      other: 'ponovnim izračunavanjem iz polja dobija se heš za svaki od {count} događaja',
    }),
    'custody.order': 'dolazi posle događaja #{seq}: događaji moraju biti poređani po rastućem seq',
    'custody.prevHash': 'njegov prevHash nije heš događaja #{seq}',
    'custody.prevHashFirst': 'njegov prevHash nisu nule prvog događaja',
    'custody.gap': plural({
      one: 'izostavljen je {count} događaj ({range}), kao događaj drugih zapisa: paket ne može da pokaže šta je bio',
      few: 'izostavljena su {count} događaja ({range}), kao događaji drugih zapisa: paket ne može da pokaže šta su bili',
      other:
        'izostavljeno je {count} događaja ({range}), kao događaji drugih zapisa: paket ne može da pokaže šta su bili',
    }),
    'custody.chainOk': 'njegovi događaji su po redu, svaki povezan sa prethodnim',
    'custody.noCaptured': 'nema događaj dokumentovanja („captured“) zapisa {id}',
    'custody.capturedTwice': plural({
      one: 'ima {count} događaj dokumentovanja („captured“) zapisa {id}',
      few: 'ima {count} događaja dokumentovanja („captured“) zapisa {id}',
      other: 'ima {count} događaja dokumentovanja („captured“) zapisa {id}',
    }),
    'custody.recordHash': 'njegov payloadSha256 nije SHA-256 datoteke {path}',
    'custody.otherCapture': 'odnosi se na zapis {id}, koji nije u paketu',
    'custody.deleted': 'briše zapis {id}, koji je u paketu',
    'custody.capturesOk': 'svaki zapis ima svoj događaj dokumentovanja („captured“), sa hešom podataka o zapisu',
    'custody.lastNotExport': 'poslednji događaj je „{type}“, a ne događaj izvoza („exported“)',
    'custody.exportMember': '{member} nije ono što navodi manifest.json',
    'custody.exportSeq': 'njegov seq (custody.exportEventSeq) nije ono što navodi manifest.json',
    'custody.exportHash': 'njegov heš (custody.headHash) nije ono što navodi manifest.json',
    'custody.exportLines': 'broj redova u {file} (custody.events) nije ono što navodi manifest.json',
    'custody.exportOk': 'poslednji događaj je ovaj izvoz, kao što navodi manifest.json',
    'checks.more': plural({
      one: 'i još {count} takav, koji nije naveden pojedinačno',
      few: 'i još {count} takva, koji nisu navedeni pojedinačno',
      other: 'i još {count} takvih, koji nisu navedeni pojedinačno',
    }),
    'json.tooDeep': plural({
      one: 'ugnežđava dublje od {count} nivoa, dublje nego što njegov format ikada ide: nije pročitano',
      few: 'ugnežđava dublje od {count} nivoa, dublje nego što njegov format ikada ide: nije pročitano',
      other: 'ugnežđava dublje od {count} nivoa, dublje nego što njegov format ikada ide: nije pročitano',
    }),
    'json.duplicateKey': 'dvaput navodi {path}: JSON čitači se razlikuju u tome koju od dve vrednosti zadržavaju',
    'custody.unknownType': 'je tipa „{type}“, koji nije događaj lanca čuvanja u {format}',
    'custody.noDetails': 'ima detalje (details), koje događaj „{type}“ nikada nema',
    'custody.noCapture': 'događaj „{type}“ se odnosi na zapis, ali njegov captureId je null',
    'custody.aboutCapture': 'događaj „{type}“ se ne odnosi ni na jedan zapis, ali ovaj navodi zapis {id}',
    'custody.eventsOk': plural({
      one: 'njegov {count} događaj je poznatog tipa, sa detaljima i zapisom koje njegov tip ima',
      few: 'svaki od njegova {count} događaja je poznatog tipa, sa detaljima i zapisom koje njegov tip ima',
      other: 'svaki od njegovih {count} događaja je poznatog tipa, sa detaljima i zapisom koje njegov tip ima',
    }),
    'custody.actor': 'zapisao ga je drugi Dokaz, a ne autor paketa (exporter.installId u manifest.json)',
    'custody.actorsOk': 'svaki događaj je zapisao autor paketa, {actor}',
    'custody.beforeCapture': 'je događaj „{type}“ o zapisu {id} pre događaja dokumentovanja („captured“) tog zapisa',
    'custody.notLast': 'je događaj „{type}“, ali nije poslednji: paket sadrži jedan takav, svoj, na kraju',
    'custody.never': 'je događaj „{type}“, koji paket nikada ne sadrži (obrisan zapis se ne izvozi)',
    'custody.orderOk':
      'svaki događaj stoji gde njegov tip sme: posle događaja dokumentovanja („captured“) svog zapisa, izvoz poslednji',
    'custody.clockBack':
      'zapisan je u {at}, pre događaja #{seq} ({before}), koji dolazi pre njega: sat računara je vraćen unazad',
    'custody.clockOk': 'nijedan događaj nije zapisan u vreme pre vremena događaja ispred njega',
    'custody.timeLate': plural({
      one: 'zapisan je {count} minut nakon što je dokumentovanje počelo ({capturedAt}): dokumentovanje je čekalo, na sporo preuzimanje ili na računar u stanju mirovanja',
      few: 'zapisan je {count} minuta nakon što je dokumentovanje počelo ({capturedAt}): dokumentovanje je čekalo, na sporo preuzimanje ili na računar u stanju mirovanja',
      other:
        'zapisan je {count} minuta nakon što je dokumentovanje počelo ({capturedAt}): dokumentovanje je čekalo, na sporo preuzimanje ili na računar u stanju mirovanja',
    }),
    'custody.timeEarly': plural({
      one: 'zapisan je {count} sekundu pre nego što je dokumentovanje počelo ({capturedAt}): sat računara je vraćen unazad tokom dokumentovanja',
      few: 'zapisan je {count} sekunde pre nego što je dokumentovanje počelo ({capturedAt}): sat računara je vraćen unazad tokom dokumentovanja',
      other:
        'zapisan je {count} sekundi pre nego što je dokumentovanje počelo ({capturedAt}): sat računara je vraćen unazad tokom dokumentovanja',
    }),
    'custody.timeFar': plural({
      one: 'zapisan je {count} dan udaljeno od početka dokumentovanja ({capturedAt}): to ne objašnjava ni sporo dokumentovanje ni sat vraćen unazad',
      few: 'zapisan je {count} dana udaljeno od početka dokumentovanja ({capturedAt}): to ne objašnjava ni sporo dokumentovanje ni sat vraćen unazad',
      other:
        'zapisan je {count} dana udaljeno od početka dokumentovanja ({capturedAt}): to ne objašnjava ni sporo dokumentovanje ni sat vraćen unazad',
    }),
    'custody.exportLate': plural({
      one: 'zapisan je {count} minut nakon što je paket napravljen ({createdAt}): izvoz je čekao na zapis koji se još čuvao',
      few: 'zapisan je {count} minuta nakon što je paket napravljen ({createdAt}): izvoz je čekao na zapis koji se još čuvao',
      other:
        'zapisan je {count} minuta nakon što je paket napravljen ({createdAt}): izvoz je čekao na zapis koji se još čuvao',
    }),
    'custody.exportEarly': plural({
      one: 'zapisan je {count} sekundu pre nego što je paket napravljen ({createdAt}): sat računara je vraćen unazad tokom izvoza',
      few: 'zapisan je {count} sekunde pre nego što je paket napravljen ({createdAt}): sat računara je vraćen unazad tokom izvoza',
      other:
        'zapisan je {count} sekundi pre nego što je paket napravljen ({createdAt}): sat računara je vraćen unazad tokom izvoza',
    }),
    'custody.exportFar': plural({
      one: 'zapisan je {count} dan udaljeno od vremena kada je paket napravljen ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unazad',
      few: 'zapisan je {count} dana udaljeno od vremena kada je paket napravljen ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unazad',
      other:
        'zapisan je {count} dana udaljeno od vremena kada je paket napravljen ({createdAt}): to ne objašnjava ni čekanje ni sat vraćen unazad',
    }),
    'custody.timesOk':
      'svaki događaj dokumentovanja („captured“) zapisan je u roku od nekoliko minuta od capturedAt svog zapisa',
    'notChecked.actors': 'ko je zapisao svaki događaj: exporter u manifest.json nije ispravan',
    'custody.tooManyBad': plural({
      one: 'čitanje je ovde zaustavljeno: više od {count} reda pre njega nije događaj lanca čuvanja, pa datoteka nije lanac čuvanja',
      few: 'čitanje je ovde zaustavljeno: više od {count} reda pre njega nisu događaji lanca čuvanja, pa datoteka nije lanac čuvanja',
      other:
        'čitanje je ovde zaustavljeno: više od {count} redova pre njega nisu događaji lanca čuvanja, pa datoteka nije lanac čuvanja',
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
    'schema.noteMismatch': '{path} ne glasi onako kako kaže njegova beleška ({key})',
    'schema.notInVersion': '{path} nije član zapisa napisanih kao {version}',
    'signer.rotated': plural({
      one: 'je ključ kome je ključ označen kao „{label}” predao svoju ulogu {date}, kroz {count} primopredaju potpisanu u paketu',
      few: 'je ključ kome je ključ označen kao „{label}” predao svoju ulogu počev od {date}, kroz {count} primopredaje potpisane u paketu',
      other:
        'je ključ kome je ključ označen kao „{label}” predao svoju ulogu počev od {date}, kroz {count} primopredaja potpisanih u paketu',
    }),
    'signer.rotatedGiven': plural({
      one: 'je ključ kome je ključ čiji ste otisak naveli predao svoju ulogu {date}, kroz {count} primopredaju potpisanu u paketu',
      few: 'je ključ kome je ključ čiji ste otisak naveli predao svoju ulogu počev od {date}, kroz {count} primopredaje potpisane u paketu',
      other:
        'je ključ kome je ključ čiji ste otisak naveli predao svoju ulogu počev od {date}, kroz {count} primopredaja potpisanih u paketu',
    }),
    'keyRotation.ok': plural({
      one: 'njegovu {count} primopredaju ključa za potpisivanje potpisao je zamenjeni ključ i ona vodi do ključa paketa: {chain}',
      few: 'svaku od njegove {count} primopredaje ključa za potpisivanje potpisao je zamenjeni ključ, svaka polazi od ključa kome je predala prethodna, a poslednja vodi do ključa paketa: {chain}',
      other:
        'svaku od njegovih {count} primopredaja ključa za potpisivanje potpisao je zamenjeni ključ, svaka polazi od ključa kome je predala prethodna, a poslednja vodi do ključa paketa: {chain}',
    }),
    'keyRotation.details': 'ne može se pratiti: njegovi detalji nisu detalji događaja „key-rotated“',
    'keyRotation.actor':
      'predaje ključ druge instalacije, a ne autora paketa (exporter.installId u manifest.json): ne dokazuje ništa o ključevima autora paketa',
    'keyRotation.link':
      'predaje od drugog ključa, a ne od onog kome je predao događaj #{seq}: primopredaje nisu jedan niz',
    'keyRotation.key': 'njegov fromPublicKey nije javni ključ ECDSA P-256',
    'keyRotation.fingerprint':
      'heš njegovog fromPublicKey nije njegov from: navedeni ključ nije ključ za koji kaže da je zamenjen',
    'keyRotation.signature':
      'njegov potpis se ne potvrđuje ključem fromPublicKey: zamenjeni ključ nije potpisao ovu primopredaju',
    'keyRotation.notPackKey':
      'predaje drugom ključu, a ne ključu paketa (exporter.keyFingerprint u manifest.json): primopredaje ne vode do ključa kojim je paket potpisan',
    'keyRotation.tooMany': plural({
      one: 'sadrži {count} događaj „key-rotated“, više od {limit} koliko program za proveru proverava: nijedan pravi Dokaz ne menja ključ tako često',
      few: 'sadrži {count} događaja „key-rotated“, više od {limit} koliko program za proveru proverava: nijedan pravi Dokaz ne menja ključ tako često',
      other:
        'sadrži {count} događaja „key-rotated“, više od {limit} koliko program za proveru proverava: nijedan pravi Dokaz ne menja ključ tako često',
    }),
    'notChecked.keyRotation': 'primopredaje ključa za potpisivanje: exporter u manifest.json nije ispravan',
    'kind.publicKeyPem': 'javni ključ u obliku PEM (-----BEGIN PUBLIC KEY-----) od najviše 512 znakova',
    'kind.signatureBase64': 'potpis u obliku base64 od najviše 96 znakova',
    'kind.decimalId': 'decimalni ID (samo cifre)',
    'kind.noteKey': 'beleška Dokaza (jedan od ključeva njegovog kataloga beleški)',
    'kind.text': 'tekst',
    'kind.boolean': 'true ili false',
    'kind.number': 'broj',
    'kind.integer': 'ceo broj',
    'kind.count': 'ceo broj ≥ 0',
    'kind.object': 'objekat',
    'kind.list': 'lista',
    'kind.sha256': '64 mala heksadecimalna znaka',
    'kind.uuid': 'UUID',
    'kind.utcInstant': 'UTC vreme po ISO 8601 sa milisekundama',
    'kind.fileName': 'ime datoteke',
    'kind.packPath': 'relativna putanja unutar paketa',
    'kind.language': 'oznaka jezika (BCP 47)',
  },

  verdict: {
    heading: 'Dokaz — paket dokaza',
    headingFormat: plural({
      one: 'Dokaz — paket dokaza {format}, {count} zapis',
      few: 'Dokaz — paket dokaza {format}, {count} zapisa',
      other: 'Dokaz — paket dokaza {format}, {count} zapisa',
    }),
    fingerprint: 'Otisak ključa za potpisivanje: {fingerprint}',
    fingerprintNote:
      '(uporedite ga sa otiskom dobijenim odvojeno od paketa: pročitanim telefonom, sa odštampane kartice ključa, lično)',
    groupPassed: plural({
      one: '{label} ({count} provera)',
      few: '{label} ({count} provere)',
      other: '{label} ({count} provera)',
    }),
    groupFailed: '{label}: neuspešno {failed} od {count}',
    groupWarned: plural({
      one: '{label}: {count} upozorenje',
      few: '{label}: {count} upozorenja',
      other: '{label}: {count} upozorenja',
    }),
    warnings: plural({
      one: 'Sa {count} upozorenjem (⚠): nešto što pravi Dokaz može da zapiše, na primer kada je njegov sat vraćen unazad. To ne obara paket; pročitajte ga ispod.',
      few: 'Sa {count} upozorenja (⚠): stvari koje pravi Dokaz može da zapiše, na primer kada je njegov sat vraćen unazad. Ona ne obaraju paket; pročitajte ih ispod.',
      other:
        'Sa {count} upozorenja (⚠): stvari koje pravi Dokaz može da zapiše, na primer kada je njegov sat vraćen unazad. Ona ne obaraju paket; pročitajte ih ispod.',
    }),
    expected: 'očekivano: {value}',
    found: 'pronađeno: {value}',
    verified: plural({
      one: 'PROVERENO: {count} provera je uspešna.',
      few: 'PROVERENO: sve {count} provere su uspešne.',
      other: 'PROVERENO: svih {count} provera je uspešno.',
    }),
    notVerified: 'NIJE PROVERENO: neuspešnih provera {failed} od {count}.',
    signedBy: 'Potpisan ključem označenim kao „{label}”.',
    signedByGiven: 'Potpisan ključem čiji ste otisak naveli.',
    intact: plural({
      one: 'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: {count} provera je uspešna, ali ništa ovde ne pokazuje ko je potpisao paket.',
      few: 'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: sve {count} provere su uspešne, ali ništa ovde ne pokazuje ko je potpisao paket.',
      other:
        'SADRŽAJ NETAKNUT, POTPISNIK NIJE POTVRĐEN: svih {count} provera je uspešno, ali ništa ovde ne pokazuje ko je potpisao paket.',
    }),
    signedByRotated: plural({
      one: 'Potpisan ključem kome je ključ označen kao „{label}” predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisan ključem kome je ključ označen kao „{label}” predao svoju ulogu počev od {date}, kroz {count} primopredaje.',
      other:
        'Potpisan ključem kome je ključ označen kao „{label}” predao svoju ulogu počev od {date}, kroz {count} primopredaja.',
    }),
    signedByRotatedGiven: plural({
      one: 'Potpisan ključem kome je ključ čiji ste otisak naveli predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisan ključem kome je ključ čiji ste otisak naveli predao svoju ulogu počev od {date}, kroz {count} primopredaje.',
      other:
        'Potpisan ključem kome je ključ čiji ste otisak naveli predao svoju ulogu počev od {date}, kroz {count} primopredaja.',
    }),
    signerRotated: plural({
      one: 'Potpisnik potvrđen: potpisan ključem kome je ključ označen kao „{label}” predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisnik potvrđen: potpisan ključem kome je ključ označen kao „{label}” predao svoju ulogu počev od {date}, kroz {count} primopredaje.',
      other:
        'Potpisnik potvrđen: potpisan ključem kome je ključ označen kao „{label}” predao svoju ulogu počev od {date}, kroz {count} primopredaja.',
    }),
    signerRotatedGiven: plural({
      one: 'Potpisnik potvrđen: potpisan ključem kome je ključ čiji ste otisak naveli predao svoju ulogu {date}, kroz {count} primopredaju.',
      few: 'Potpisnik potvrđen: potpisan ključem kome je ključ čiji ste otisak naveli predao svoju ulogu počev od {date}, kroz {count} primopredaje.',
      other:
        'Potpisnik potvrđen: potpisan ključem kome je ključ čiji ste otisak naveli predao svoju ulogu počev od {date}, kroz {count} primopredaja.',
    }),
    trustedEarlierKey: 'Pouzdani raniji ključ',
    earlierKeys: 'Raniji ključevi za potpisivanje',
    handedOver: 'predao ulogu {date}',
    earlierKey: 'Raniji ključ {fingerprint}, predao ulogu {date}',
    howToConfirm:
      'Da biste potvrdili potpisnika, uporedite otisak ispod sa otiskom koji ste od pošiljaoca dobili odvojeno od paketa (pročitan telefonom, odštampana kartica ključa, lično), ili ga navedite: --fingerprint <hex> ili --trusted-keys <file>.',
  },

  cli: {
    usage:
      'Upotreba: dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>\n\nProverava paket dokaza napravljen pomoću proširenja Dokaz (dokaz-pack/1 ili dokaz-pack/2): njegove potpise, heš svake datoteke, manifest, podatke o zapisima i događaje lanca čuvanja.\n  --fingerprint <hex>    otisak ključa pošiljaoca, dobijen odvojeno od paketa\n                         (pročitan telefonom, odštampana kartica ključa, lično); razmaci i dvotačke su dozvoljeni\n  --trusted-keys <file>  spisak pouzdanih ključeva: jedan otisak po redu, pa oznaka; # počinje komentar\n  --json                 ispisuje rezultat kao JSON umesto kao tekst\n  --lang <code>          jezik izlaza: {languages}\n                         (inače jezik okruženja, LANG)\nPaket sadrži sopstveni ključ, pa svako može ponovo da ga potpiše: bez --fingerprint ili --trusted-keys sadržaj može biti netaknut, ali potpisnik nije potvrđen (izlazni status je ipak 0).\nIzlazni status: 0 provereno, 1 neka provera nije uspela ili je paket potpisao drugi ključ, 2 greška u upotrebi.',
    unknownOption: 'dokaz-verify: nepoznata opcija {option}',
    unknownLanguage: 'dokaz-verify: nepoznat jezik {language}; izaberite jedan od: {languages}',
    cannotRead: 'dokaz-verify: nije moguće pročitati {path}: {reason}',
    badFingerprint: 'dokaz-verify: --fingerprint nije moguće upotrebiti: {reason}',
    badTrustedKeys: 'dokaz-verify: spisak pouzdanih ključeva {path} nije moguće upotrebiti: {reason}',
    missingValue: 'dokaz-verify: opciji {option} nedostaje vrednost',
  },
};
