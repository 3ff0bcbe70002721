import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Si të verifikohet kjo paketë provash',
    packFormat: 'Formati i paketës',
    madeAt: 'Krijuar më (UTC)',
    exporter: 'ID e instalimit',
    signingKey: 'Çelësi i nënshkrimit',
    signerNote:
      'Asgjë në këtë paketë nuk tregon vetvetiu kush e nënshkroi: ID e instalimit është një numër i rastësishëm që kushdo mund ta kopjojë, dhe kush e rinënshkruan paketën me një çelës tjetër e rishkruan edhe këtë skedar. Këtë e tregon hapi 5, i krahasuar me një gjurmë digjitale të marrë nga dërguesi veçmas nga paketa.',
    intro:
      'Këto komanda kërkojnë vetëm unzip, sha256sum dhe openssl, dhe asnjë besim te Dokaz. Ekzekutojini në një terminal, në dosjen që përmban {zip}.',
    proves: {
      unzip: 'E shpaketon paketën në një dosje "pack" dhe hyn në të.',
      sumsSignature:
        'Vërteton që SHA256SUMS, lista e vlerave hash të të gjithë skedarëve, u nënshkrua me çelësin privat, pjesa publike e të cilit është public-key.pem.',
      sums: 'Vërteton që çdo skedar ka vlerën hash që jep SHA256SUMS: asnjë skedar nuk është ndryshuar që kur u nënshkrua lista.',
      manifestSignature:
        'Vërteton që manifest.json (të dhënat e çdo dokumentimi, çdo skedar me madhësinë dhe vlerën e tij hash, përmbledhja e zinxhirit të ruajtjes) u nënshkrua me të njëjtin çelës.',
      fingerprint:
        'Shfaq gjurmën digjitale të çelësit që e nënshkroi paketën. Krahasojeni, shenjë për shenjë, me gjurmën që morët nga dërguesi veçmas nga kjo paketë: të lexuar në telefon, në kartën e shtypur të çelësit, personalisht. Vetëm kjo përputhje tregon kush e nënshkroi paketën.',
    },
    expectedOutput: 'Rezultati i pritur: {expected}',
    expectedList: 'një rresht për çdo skedar, secili që mbaron me "OK", p.sh.',
    senderFingerprint:
      'gjurma digjitale e dërguesit, ashtu siç e morët veçmas nga paketa (kurrë ajo e shkruar në këtë paketë), e ndjekur nga "  -"',
    otherwise:
      'Nëse një komandë shfaq diçka tjetër ("Verification failure", "FAILED"), paketa nuk është ashtu siç u nënshkrua; nëse hapi 5 shfaq një gjurmë digjitale të ndryshme nga ajo e dërguesit, e ka nënshkruar dikush tjetër. Në të dy rastet, mos u mbështetni te ajo.',
    moreIntro: 'Këto komanda kontrollojnë skedarët dhe nënshkrimet. Verifikuesi i vetë Dokaz,',
    moreChecks:
      'dhe faqja e verifikimit e shtesës Dokaz e lexojnë ZIP-in në mënyrë strikte, vetëm në formën e vetme në të cilën e shkruan Dokaz (refuzohet gjithçka që një mjet tjetër shpaketimi mund ta lexonte ndryshe), dhe kontrollojnë që asnjë skedar të mos mungojë ose të jetë i tepërt, skemën e manifestit dhe ngjarjet e zinxhirit të ruajtjes në custody.jsonl: vlerën hash të çdo ngjarjeje, zinxhirin ndërmjet ngjarjeve të njëpasnjëshme, që çdo ngjarje të jetë e një lloji të njohur, e shkruar nga eksportuesi, në një renditje dhe në një kohë të mundshme, ngjarjen "captured" të çdo dokumentimi dhe ngjarjen "exported" të këtij eksportimi. Me gjurmën e çelësit të dërguesit (--fingerprint) konfirmojnë edhe kush e nënshkroi. Ato tregojnë skedarin ose kontrollin që dështon.',
    windowsHeading: 'Në Windows',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) sjell openssl, sha256sum dhe një terminal Bash, "Git Bash".',
    windowsUnzip:
      'Shpaketoni skedarin ZIP: klikoni mbi të me butonin e djathtë, "Extract All...", në një dosje "pack"; ose në PowerShell:',
    windowsBash:
      'Hapni Git Bash në dosjen "pack" (klikoni me butonin e djathtë brenda dosjes, "Open Git Bash here") dhe ekzekutoni komandat 2 deri në 5 më sipër. Nga cmd.exe, openssl është {openssl}.',
    windowsNoGit:
      'Pa Git, Windows mund të llogarisë vlerat hash të skedarëve vetëm një nga një; krahasojeni vlerën hash me rreshtin e skedarit në SHA256SUMS (shkronjat e mëdha ose të vogla nuk kanë rëndësi):',
    windowsPowerShell: 'ose në PowerShell:',
    windowsNoSignatures:
      'Kjo kontrollon vlerën hash të një skedari, por jo nënshkrimet: vetëm openssl i kontrollon ato.',
    macHeading: 'Në macOS',
    mac: 'Përdorni "shasum -a 256 -c SHA256SUMS" për hapin 3 dhe "shasum -a 256" në hapin 5, nëse sha256sum mungon.',
    rotationsHeading: 'Çelësat e mëparshëm të nënshkrimit',
    rotationsIntro:
      'Çelësi që e nënshkroi këtë paketë zëvendësoi çelësa të mëparshëm të të njëjtit instalim të Dokaz (kjo ndodh kur vendoset një fjalëkalim). Çdo zëvendësim është një ngjarje "key-rotated" në custody.jsonl: një deklaratë që emërton çelësin e zëvendësuar dhe atë të ri, e nënshkruar nga çelësi i zëvendësuar. Nëse gjurma digjitale që morët nga dërguesi është çelësi i zëvendësuar i një dorëzimi më poshtë, ekzekutoni komandat e atij dorëzimi dhe të çdo dorëzimi pas tij, në dosjen "pack".',
    rotationHeading: 'Dorëzimi {n} nga {total}: ngjarja #{seq} në custody.jsonl, {at}',
    rotationFrom: 'Çelësi i zëvendësuar',
    rotationTo: 'Çelësi i ri',
    rotationProves: {
      pem: 'Shkruan çelësin e zëvendësuar, ashtu siç e jep ngjarja, në key-{n}.pem.',
      fingerprint: 'Shfaq gjurmën digjitale të çelësit të zëvendësuar.',
      statement:
        'Shkruan deklaratën që nënshkroi çelësi i zëvendësuar, bajt për bajt, në rotation-{n}.txt: qëllimin e saj, ID-në e instalimit, çelësin e zëvendësuar dhe çelësin e ri.',
      signature: 'Shkruan nënshkrimin e saj, të dekoduar nga base64, në rotation-{n}.sig.',
      verify: 'Vërteton që çelësi i zëvendësuar e nënshkroi deklaratën: që ia dorëzoi rolin e tij çelësit të ri.',
    },
    rotationFingerprint:
      'Për dorëzimin e parë që kontrolloni, kjo duhet të jetë gjurma digjitale që morët nga dërguesi veçmas nga paketa; për çdo dorëzim pas tij, çelësi i ri i dorëzimit të mëparshëm.',
    rotationsLast:
      'Çelësi i ri i dorëzimit të fundit duhet të jetë ajo që shfaqi hapi 5: çelësi që e nënshkroi këtë paketë. Nëse çdo komandë shfaqi atë që duhet, çelësi, gjurmën digjitale të të cilit e morët nga dërguesi, ia dorëzoi rolin e tij çelësit që e nënshkroi këtë paketë, me një dorëzim të nënshkruar pas tjetrit.',
  },

  checks: {
    zip: 'Paketa hapet si ZIP, çdo hyrje është e lexueshme dhe ka emër të sigurt',
    'manifest-json': 'manifest.json është JSON në UTF-8',
    'manifest-schema': 'manifest.json ka çdo fushë të formatit të vet, secilën të llojit të duhur',
    'public-key': 'public-key.pem është një çelës publik ECDSA P-256',
    'key-fingerprint': 'public-key.pem është çelësi që manifest.json i atribuon eksportuesit',
    signature: 'manifest.sig dhe SHA256SUMS.sig verifikohen me public-key.pem',
    sha256sums: 'SHA256SUMS rendit çdo skedar një herë, sipas radhës, dhe çdo vlerë hash përputhet',
    'file-hash': 'Çdo skedar ka madhësinë dhe vlerën SHA-256 që jep manifest.json',
    'missing-file': 'Asnjë skedar nuk mungon',
    'extra-file': 'Asnjë skedar nuk është i tepërt',
    'site-file': 'Çdo result.json i bisedës (formati i Telegram Desktop) është ajo që japin dokumentimet',
    capture: 'Hyrja e çdo dokumentimi në manifest.json përputhet me të dhënat e tij (record.json)',
    record: 'Çdo record.json është JSON-i kanonik i të dhënave përkatëse në manifest',
    'record-hash': 'Vlera hash e çdo record.json është recordSha256 i tij',
    artifact: 'Çdo skedar i dokumentimeve ka madhësinë dhe vlerën SHA-256 që japin të dhënat e dokumentimit',
    'custody-json': 'custody.jsonl përmban një ngjarje të zinxhirit të ruajtjes në JSON kanonik për çdo rresht',
    'custody-hash': 'Vlera hash e çdo ngjarjeje të zinxhirit të ruajtjes rillogaritet nga fushat e saj',
    'custody-chain': 'Ngjarjet e zinxhirit të ruajtjes janë sipas radhës, secila e lidhur me paraardhësen',
    'custody-gap': 'Ngjarje të zinxhirit të ruajtjes që eksportuesi i la jashtë si ngjarje të dokumentimeve të tjera',
    'custody-captures':
      'Çdo dokumentim ka ngjarjen e vet «dokumentuar», me vlerën hash të të dhënave të tij, dhe asnjë nuk është fshirë',
    'custody-export': 'Ngjarja e fundit e zinxhirit të ruajtjes është ky eksportim, siç thotë manifest.json',
    'custody-event': 'Çdo ngjarje e zinxhirit të ruajtjes është e një lloji të njohur, me detajet që ka lloji i saj',
    'custody-actor': 'Çdo ngjarje e zinxhirit të ruajtjes është shkruar nga eksportuesi',
    'custody-order': 'Çdo ngjarje e zinxhirit të ruajtjes qëndron aty ku lejohet lloji i saj',
    'custody-time': 'Çdo dokumentim hyri në zinxhirin e ruajtjes brenda pak minutash nga fillimi i tij',
    'custody-clock': 'Koha nuk shkon kurrë prapa nga një ngjarje e zinxhirit të ruajtjes te tjetra',
    'key-rotation':
      'Çdo dorëzim i çelësit të nënshkrimit është nënshkruar nga çelësi i zëvendësuar, dhe dorëzimet çojnë te çelësi i paketës',
    'not-checked': 'Kontrolle që nuk mund të kryheshin',
    verifier: 'Verifikuesi i kreu të gjitha kontrollet deri në fund',
    signer: 'public-key.pem është çelësi i nënshkruesit që prisnit',
  },

  messages: {
    error: '{reason}',
    'verifier.unfinished': 'nuk mund të kontrollohej deri në fund: {reason}',
    'zip.unreadable': 'nuk është skedar ZIP që mund të lexohet: {reason}',
    'zip.duplicateNames':
      'hyrje: {entries}, emra të ndryshëm: {names}; programet e shpaketimit zgjedhin ndryshe se cilën kopje mbajnë',
    'zip.unsafePath': 'nuk është shteg relativ i thjeshtë: unzip mund ta shkruajë jashtë dosjes',
    'zip.entryUnreadable': 'nuk mund të lexohet nga ZIP-i: {reason}',
    'zip.noEnd':
      'nuk mbaron me regjistrimin përmbyllës të ZIP-it: nuk është ZIP, ose pas fundit të tij janë shtuar bajte',
    'zip.comment': 'ka koment arkivi, çka Dokaz nuk e shkruan kurrë',
    'zip.zip64': 'përdor ZIP64 ose disa disqe, çka Dokaz nuk e shkruan kurrë',
    'zip.bytesBefore': plural({
      one: '{count} bajt ndodhet para hyrjes së tij të parë: diçka është vënë para ZIP-it',
      other: '{count} bajte ndodhen para hyrjes së tij të parë: diçka është vënë para ZIP-it',
    }),
    'zip.layout':
      'nuk i mban hyrjet njëra pas tjetrës siç i rendit drejtoria qendrore (te bajti {offset}): diçka është shtuar, hequr ose zhvendosur',
    'zip.extraField':
      'mbart {field}, një fushë shtesë ose koment që Dokaz nuk e shkruan kurrë: një mjet tjetër çpaketimi mund të lexojë prej saj një emër ose madhësi tjetër',
    'zip.attributes': 'versioni ose atributet e saj nuk janë ato që Dokaz shkruan për një skedar ose dosje të thjeshtë',
    'zip.flags': 'ka flamuj ose metodë ngjeshjeje që Dokaz nuk i shkruan kurrë (enkriptim, kodim emrash, …)',
    'zip.localHeader': 'koka e saj lokale nuk përputhet me hyrjen e saj në drejtorinë qendrore',
    'zip.descriptor': 'përshkruesi i të dhënave të saj nuk përputhet me hyrjen e saj në drejtorinë qendrore',
    'zip.folderData': 'është hyrje dosjeje me të dhëna, madhësi ose CRC-32',
    'zip.size': 'të dhënat e saj nuk kanë madhësinë që japin kokat e saj',
    'zip.crc': 'të dhënat e saj nuk kanë CRC-32 që japin kokat e saj',
    'zip.deflateEnd':
      'të dhënat e saj të ngjeshura vazhdojnë pas fundit të rrjedhës deflate: mjete të tjera çpaketimi mund të lexojnë aty një hyrje',
    'zip.falseDescriptor':
      'te bajti {offset} i të dhënave të saj mban diçka që një mjet që e lexon ZIP-in si rrjedhë (për shembull bsdtar nga një tub) e merr për fund të hyrjes: një mjet i tillë do ta çpaketonte atë që vijon si skedarë të tjerë',
    'zip.order': 'vjen pas {other}: Dokaz i shkruan hyrjet e paketës në një rend tjetër',
    'zip.nameForm':
      'nuk është emër që Dokaz shkruan: shkronja, shifra, «.», «-» dhe «_», asnjë pjesë që nis ose mbaron me «.», të shumtën {max} shenja',
    'zip.sameFile':
      'është i njëjti skedar si {other} për disa mjete çpaketimi ose sisteme skedarësh (shkronja të mëdha e të vogla, formë Unicode, pika ose hapësira në fund, «\\» ose «:»)',
    'zip.fileIsFolder': 'është skedar, por {other} e bën dosje',
    'zip.tooLarge': plural({
      one: 'thotë se mban {count} bajt, më shumë se {limit} që verifikuesi lexon nga një skedar i tillë',
      other: 'thotë se mban {count} bajte, më shumë se {limit} që verifikuesi lexon nga një skedar i tillë',
    }),
    'zip.budget':
      'nuk u lexua: skedarët e ngjeshur të paketës do të çngjesheshin në më shumë se {limit} bajte gjithsej, kufiri i verifikuesit për një paketë të kësaj madhësie',
    'zip.opens': plural({ one: 'hapet si ZIP me {count} skedar', other: 'hapet si ZIP me {count} skedarë' }),
    'file.missing': 'nuk është në paketë',
    'file.notUtf8': 'nuk është tekst në UTF-8',
    'file.jsonValues':
      'mban {count} vlera JSON, më shumë se {limit} që verifikuesi analizon për një paketë të kësaj madhësie',
    'manifest.notJson': 'nuk është JSON: {reason}',
    'manifest.notObject': 'nuk është objekt JSON',
    'manifest.isJson': 'është JSON në UTF-8',
    'manifest.unknownMember': '{path} nuk është fushë e {format}',
    'manifest.signingFile': '$.files rendit {file}, të cilin me qëllim e lë jashtë',
    'manifest.fileTwice': '$.files e rendit {file} dy herë',
    'manifest.moreProblems': plural({ one: 'dhe {count} problem tjetër', other: 'dhe {count} probleme të tjera' }),
    'manifest.schemaOk': 'ka çdo fushë, secilën të llojit të duhur',
    'key.ok': 'është një çelës publik ECDSA P-256',
    'key.fingerprintOk': 'ka gjurmën digjitale që jep manifest.json, {fingerprint}',
    'key.fingerprintWrong': 'nuk është çelësi që emërton exporter.keyFingerprint në manifest.json',
    'signer.ok': 'është çelësi i shënuar si “{label}”',
    'signer.okGiven': 'ka gjurmën digjitale që dhatë',
    'signer.other': 'nuk është çelësi që prisnit: këtë paketë e ka nënshkruar një çelës tjetër',
    'signer.noKey': 'nuk mund të krahasohet me çelësin që prisnit: paketa nuk ka çelës publik të përdorshëm',
    'signature.noKey': 'nuk mund të kontrollohet: {file} nuk mund të përdoret',
    'signature.missing': 'nuk mund të kontrollohet: {file} mungon',
    'signature.ok': 'verifikon {file} me {key}',
    'signature.bad':
      'nuk verifikon {file} me {key}: njëri prej tyre është ndryshuar pas nënshkrimit, ose e ka nënshkruar një çelës tjetër',
    'sums.tooManyLines': plural({
      one: 'ka më shumë rreshta se {count} skedar i paketës që rendit',
      other: 'ka më shumë rreshta se {count} skedarët e paketës që rendit',
    }),
    'sums.noFinalBreak': 'nuk mbaron me ndërprerje rreshti',
    'sums.badLine': 'rreshti {line} nuk është «<64 shifra heksadecimale me shkronja të vogla>  <shteg>»',
    'sums.twice': 'rreshti {line} e rendit {path} për herë të dytë',
    'sums.order': 'rreshti {line}: {path} nuk është në radhën e duhur (renditje sipas shtegut)',
    'sums.leftOut': 'rreshti {line} rendit {path}, të cilin SHA256SUMS me qëllim e lë jashtë',
    'sums.ok': plural({
      one: 'është në formë të rregullt: {count} rresht, sipas radhës së shtigjeve',
      other: 'është në formë të rregullt: {count} rreshta, sipas radhës së shtigjeve',
    }),
    'sums.notInPack': 'renditet në {sums}, por nuk është në paketë',
    'sums.mismatch': 'nuk përputhet me SHA-256 e vet në {sums}',
    'sums.match': 'përputhet me {sums}',
    'sums.unlisted': 'është në paketë, por nuk renditet në {sums}',
    'files.size': plural({
      one: 'ka {count} bajt; manifest.json thotë {expected}',
      other: 'ka {count} bajtë; manifest.json thotë {expected}',
    }),
    'files.mismatch': 'nuk përputhet me SHA-256 e vet në manifest.json',
    'files.ok': 'ka madhësinë dhe vlerën SHA-256 që jep manifest.json',
    'files.extra': 'është në paketë, por jo ndër skedarët (files) e manifest.json',
    'capture.twice': 'shfaqet dy herë në manifest.json',
    'capture.recordId': 'id në të dhënat e dokumentimit është {id}',
    'capture.recordHash': 'recordSha256 në manifest.json nuk është SHA-256 i të dhënave të dokumentimit',
    'capture.unknownArtifact': 'files përmend {artifact}, që nuk është skedar i të dhënave të dokumentimit',
    'capture.artifactPath': 'files jep {path} për {name}; pritej {expected}',
    'capture.noArtifactPath': 'files nuk jep asnjë shteg për {name}; pritej {expected}',
    'capture.sameName': 'dy skedarë kanë emrin {name}',
    'capture.ok': 'hyrja e tij në manifest përputhet me të dhënat e dokumentimit',
    'capture.strayFile': 'nuk është as record.json, as skedar i ndonjë dokumentimi të manifest.json',
    'capture.sharedOnce':
      'është në shared/, por më pak se dy dokumentime të manifest.json e përmendin: skedari i një dokumentimi është në dosjen e tij',
    'siteFile.ok': 'është saktësisht ajo që japin dokumentimet e manifest.json, bajt për bajt',
    'siteFile.differs':
      'nuk është ajo që japin dokumentimet e manifest.json: thotë diçka që dokumentimet e verifikuara nuk e thonë',
    'siteFile.missing': 'nuk është në paketë, edhe pse dokumentimet e tij e japin',
    'siteFile.stray': 'nuk është asnjë nga skedarët e paketës dhe asnjë dokumentim i manifest.json nuk e jep',
    'siteFile.notInFormat': 'nuk ka vend në një {format}: aty janë vetëm skedarët e paketës dhe të dokumentimeve',
    'record.ok': 'është JSON-i kanonik i të dhënave të dokumentimit në manifest.json',
    'record.notCanonical': 'nuk është JSON-i kanonik i të dhënave të këtij dokumentimi në manifest.json',
    'record.hashOk': 'vlera hash përputhet me recordSha256',
    'record.hashWrong': 'vlera hash nuk përputhet me recordSha256',
    'artifact.ok': 'ka madhësinë dhe vlerën SHA-256 që japin të dhënat e dokumentimit',
    'artifact.wrong': 'nuk ka madhësinë dhe vlerën SHA-256 që japin të dhënat e dokumentimit',
    'custody.notJson': 'nuk është JSON',
    'custody.notCanonical': 'nuk është në JSON kanonik',
    'custody.lineTooLong': plural({
      one: 'mban {count} shenjë, më shumë se {limit} që verifikuesi lexon nga një ngjarje e zinxhirit të ruajtjes',
      other: 'mban {count} shenja, më shumë se {limit} që verifikuesi lexon nga një ngjarje e zinxhirit të ruajtjes',
    }),
    'custody.empty': 'nuk përmban asnjë ngjarje',
    'custody.ok': plural({
      one: 'përmban {count} ngjarje të zinxhirit të ruajtjes',
      other: 'përmban {count} ngjarje të zinxhirit të ruajtjes',
    }),
    'custody.hashWrong': 'vlera hash e saj nuk rillogaritet nga fushat e saj',
    'custody.payloadWrong': 'vlera hash e detajeve të saj (details) nuk është payloadSha256 i saj',
    'custody.hashesOk': plural({
      one: 'vlera hash e {count} ngjarjeje rillogaritet saktë nga fushat',
      other: 'vlera hash e secilës prej {count} ngjarjeve rillogaritet saktë nga fushat',
    }),
    'custody.order': 'vjen pas ngjarjes #{seq}: ngjarjet duhet të jenë sipas radhës rritëse të seq',
    'custody.prevHash': 'prevHash i saj nuk është vlera hash e ngjarjes #{seq}',
    'custody.prevHashFirst': 'prevHash i saj nuk janë zerot e një ngjarjeje të parë',
    'custody.gap': plural({
      one: 'u la jashtë {count} ngjarje ({range}), si ngjarje e dokumentimeve të tjera: paketa nuk mund të tregojë çfarë ishte',
      other:
        'u lanë jashtë {count} ngjarje ({range}), si ngjarje të dokumentimeve të tjera: paketa nuk mund të tregojë çfarë ishin',
    }),
    'custody.chainOk': 'ngjarjet e tij janë sipas radhës, secila e lidhur me paraardhësen',
    'custody.noCaptured': 'nuk ka ngjarje «dokumentuar» («captured») për dokumentimin {id}',
    'custody.capturedTwice': plural({
      one: 'ka {count} ngjarje «dokumentuar» («captured») për dokumentimin {id}',
      other: 'ka {count} ngjarje «dokumentuar» («captured») për dokumentimin {id}',
    }),
    'custody.recordHash': 'payloadSha256 i saj nuk është SHA-256 i {path}',
    'custody.otherCapture': 'ka të bëjë me dokumentimin {id}, që nuk është në paketë',
    'custody.deleted': 'fshin dokumentimin {id}, që është në paketë',
    'custody.capturesOk':
      'çdo dokumentim ka ngjarjen e vet «dokumentuar» («captured»), me vlerën hash të të dhënave të tij',
    'custody.lastNotExport': 'ngjarja e fundit është «{type}», jo ngjarja «exported» e eksportimit',
    'custody.exportMember': '{member} nuk është ajo që thotë manifest.json',
    'custody.exportSeq': 'seq i saj (custody.exportEventSeq) nuk është ai që thotë manifest.json',
    'custody.exportHash': 'vlera hash e saj (custody.headHash) nuk është ajo që thotë manifest.json',
    'custody.exportLines': 'numri i rreshtave të {file} (custody.events) nuk është ai që thotë manifest.json',
    'custody.exportOk': 'ngjarja e fundit është ky eksportim, siç thotë manifest.json',
    'checks.more': plural({
      one: 'dhe {count} tjetër si ky, që nuk renditet veçmas',
      other: 'dhe {count} të tjera si ky, që nuk renditen veçmas',
    }),
    'json.tooDeep': plural({
      one: 'fut struktura më thellë se {count} nivel, më thellë se sa shkon ndonjëherë formati i tij: nuk u lexua',
      other: 'fut struktura më thellë se {count} nivele, më thellë se sa shkon ndonjëherë formati i tij: nuk u lexua',
    }),
    'json.duplicateKey': 'e përmend {path} dy herë: lexuesit e JSON ndryshojnë se cilën nga dy vlerat mbajnë',
    'custody.unknownType': 'është e llojit «{type}», që nuk është ngjarje e zinxhirit të ruajtjes në {format}',
    'custody.noDetails': 'ka detaje (details), të cilat një ngjarje «{type}» nuk i ka kurrë',
    'custody.noCapture': 'një ngjarje «{type}» ka të bëjë me një dokumentim, por captureId i saj është null',
    'custody.aboutCapture':
      'një ngjarje «{type}» nuk ka të bëjë me asnjë dokumentim, por kjo përmend dokumentimin {id}',
    'custody.eventsOk': plural({
      one: 'ngjarja e tij e vetme është e një lloji të njohur, me detajet dhe dokumentimin që ka lloji i saj',
      other:
        'secila nga {count} ngjarjet e tij është e një lloji të njohur, me detajet dhe dokumentimin që ka lloji i saj',
    }),
    'custody.actor': 'është shkruar nga një Dokaz tjetër, jo nga eksportuesi (exporter.installId në manifest.json)',
    'custody.actorsOk': 'çdo ngjarje është shkruar nga eksportuesi, {actor}',
    'custody.beforeCapture':
      'është ngjarje «{type}» për dokumentimin {id} para ngjarjes «dokumentuar» («captured») të atij dokumentimi',
    'custody.notLast': 'është ngjarje «{type}», por jo e fundit: një paketë mban vetëm një të tillë, të vetën, në fund',
    'custody.never':
      'është ngjarje «{type}», të cilën një paketë nuk e mban kurrë (një dokumentim i fshirë nuk eksportohet)',
    'custody.orderOk':
      'çdo ngjarje qëndron aty ku lejohet lloji i saj: pas ngjarjes «dokumentuar» («captured») të dokumentimit të vet, eksportimi i fundit',
    'custody.clockBack':
      'është shkruar më {at}, para ngjarjes #{seq} ({before}), që vjen para saj: ora e kompjuterit është kthyer prapa',
    'custody.clockOk': 'asnjë ngjarje nuk është shkruar në një kohë para asaj të ngjarjes përpara saj',
    'custody.timeLate': plural({
      one: 'është shkruar {count} minutë pasi filloi dokumentimi i saj ({capturedAt}): dokumentimi priti, për një shkarkim të ngadaltë ose për një kompjuter në gjumë',
      other:
        'është shkruar {count} minuta pasi filloi dokumentimi i saj ({capturedAt}): dokumentimi priti, për një shkarkim të ngadaltë ose për një kompjuter në gjumë',
    }),
    'custody.timeEarly': plural({
      one: 'është shkruar {count} sekondë para se të fillonte dokumentimi i saj ({capturedAt}): ora e kompjuterit u kthye prapa gjatë dokumentimit',
      other:
        'është shkruar {count} sekonda para se të fillonte dokumentimi i saj ({capturedAt}): ora e kompjuterit u kthye prapa gjatë dokumentimit',
    }),
    'custody.timeFar': plural({
      one: 'është shkruar {count} ditë larg fillimit të dokumentimit të saj ({capturedAt}): as një dokumentim i ngadaltë, as një orë e kthyer prapa nuk e shpjegojnë',
      other:
        'është shkruar {count} ditë larg fillimit të dokumentimit të saj ({capturedAt}): as një dokumentim i ngadaltë, as një orë e kthyer prapa nuk e shpjegojnë',
    }),
    'custody.exportLate': plural({
      one: 'është shkruar {count} minutë pasi u bë paketa ({createdAt}): eksportimi priti një dokumentim që ende po ruhej',
      other:
        'është shkruar {count} minuta pasi u bë paketa ({createdAt}): eksportimi priti një dokumentim që ende po ruhej',
    }),
    'custody.exportEarly': plural({
      one: 'është shkruar {count} sekondë para se të bëhej paketa ({createdAt}): ora e kompjuterit u kthye prapa gjatë eksportimit',
      other:
        'është shkruar {count} sekonda para se të bëhej paketa ({createdAt}): ora e kompjuterit u kthye prapa gjatë eksportimit',
    }),
    'custody.exportFar': plural({
      one: 'është shkruar {count} ditë larg kohës kur u bë paketa ({createdAt}): as një pritje, as një orë e kthyer prapa nuk e shpjegojnë',
      other:
        'është shkruar {count} ditë larg kohës kur u bë paketa ({createdAt}): as një pritje, as një orë e kthyer prapa nuk e shpjegojnë',
    }),
    'custody.timesOk':
      'çdo ngjarje «dokumentuar» («captured») është shkruar brenda pak minutash nga capturedAt i dokumentimit të saj',
    'notChecked.actors': 'kush e ka shkruar çdo ngjarje: exporter në manifest.json nuk është i vlefshëm',
    'custody.tooManyBad': plural({
      one: 'leximi u ndal këtu: më shumë se {count} rresht para tij nuk është ngjarje e zinxhirit të ruajtjes, ndaj skedari nuk është zinxhir ruajtjeje',
      other:
        'leximi u ndal këtu: më shumë se {count} rreshta para tij nuk janë ngjarje të zinxhirit të ruajtjes, ndaj skedari nuk është zinxhir ruajtjeje',
    }),
    'notChecked.fingerprint': 'gjurma e tij digjitale: exporter në manifest.json nuk është i vlefshëm',
    'notChecked.files': 'skedarët që mungojnë ose janë të tepërt: files në manifest.json nuk është i vlefshëm',
    'notChecked.captures': 'të dhënat dhe skedarët e dokumentimeve: captures në manifest.json nuk është i vlefshëm',
    'notChecked.custodyCaptures': 'ngjarjet e çdo dokumentimi: captures në manifest.json nuk është i vlefshëm',
    'notChecked.export':
      'ngjarja e eksportimit kundrejt manifest.json: captures, selection ose custody i tij nuk janë të vlefshëm',
    'schema.type': '{path} është {actual}, jo {expected}',
    'schema.not': '{path} nuk është {expected}',
    'schema.tooMany': plural({
      one: '{path} ka më shumë se {count} element',
      other: '{path} ka më shumë se {count} elemente',
    }),
    'schema.noneOf': '{path} nuk ka asnjë nga fushat {members}',
    'schema.notOneOf': '{path} nuk është asnjë nga: {values}',
    'schema.missing': '{path} nuk ka fushën {member}',
    'schema.unknownMember': '{path} nuk është fushë e këtij formati',
    'schema.noteMismatch': '{path} nuk thotë atë që thotë shënimi i tij ({key})',
    'schema.notInVersion': '{path} nuk është fushë e regjistrimeve të shkruara si {version}',
    'signer.rotated': plural({
      one: 'është çelësi të cilit çelësi i shënuar si “{label}” ia dorëzoi rolin më {date}, me një dorëzim të nënshkruar në paketë',
      other:
        'është çelësi të cilit çelësi i shënuar si “{label}” ia dorëzoi rolin duke filluar më {date}, me {count} dorëzime të nënshkruara në paketë',
    }),
    'signer.rotatedGiven': plural({
      one: 'është çelësi të cilit çelësi, gjurmën digjitale të të cilit e dhatë, ia dorëzoi rolin më {date}, me një dorëzim të nënshkruar në paketë',
      other:
        'është çelësi të cilit çelësi, gjurmën digjitale të të cilit e dhatë, ia dorëzoi rolin duke filluar më {date}, me {count} dorëzime të nënshkruara në paketë',
    }),
    'keyRotation.ok': plural({
      one: 'dorëzimi i tij i vetëm i çelësit të nënshkrimit është nënshkruar nga çelësi i zëvendësuar dhe çon te çelësi i paketës: {chain}',
      other:
        'secili nga {count} dorëzimet e tij të çelësit të nënshkrimit është nënshkruar nga çelësi i zëvendësuar, secili nga çelësi të cilit ia dorëzoi i mëparshmi, i fundit te çelësi i paketës: {chain}',
    }),
    'keyRotation.details': 'nuk mund të ndiqet: detajet e saj nuk janë ato të një ngjarjeje «key-rotated»',
    'keyRotation.actor':
      'dorëzon një çelës të një instalimi tjetër, jo të eksportuesit (exporter.installId në manifest.json): nuk vërteton asgjë për çelësat e eksportuesit',
    'keyRotation.link':
      'dorëzon nga një çelës tjetër, jo nga ai të cilit ia dorëzoi ngjarja #{seq}: dorëzimet nuk janë një varg i vetëm',
    'keyRotation.key': 'fromPublicKey i saj nuk është çelës publik ECDSA P-256',
    'keyRotation.fingerprint':
      'vlera hash e fromPublicKey të saj nuk është from i saj: çelësi i dhënë nuk është çelësi që thotë se u zëvendësua',
    'keyRotation.signature':
      'nënshkrimi i saj nuk verifikohet me fromPublicKey: çelësi i zëvendësuar nuk e nënshkroi këtë dorëzim',
    'keyRotation.notPackKey':
      'dorëzon te një çelës tjetër, jo te çelësi i paketës (exporter.keyFingerprint në manifest.json): dorëzimet nuk çojnë te çelësi që e nënshkroi paketën',
    'keyRotation.tooMany': plural({
      one: 'përmban {count} ngjarje «key-rotated», më shumë se {limit} që kontrollon verifikuesi: asnjë Dokaz i vërtetë nuk e ndërron çelësin kaq shpesh',
      other:
        'përmban {count} ngjarje «key-rotated», më shumë se {limit} që kontrollon verifikuesi: asnjë Dokaz i vërtetë nuk e ndërron çelësin kaq shpesh',
    }),
    'notChecked.keyRotation': 'dorëzimet e çelësit të nënshkrimit: exporter në manifest.json nuk është i vlefshëm',
    'kind.publicKeyPem': 'një çelës publik në PEM (-----BEGIN PUBLIC KEY-----) me jo më shumë se 512 shenja',
    'kind.signatureBase64': 'një nënshkrim në base64 me jo më shumë se 96 shenja',
    'kind.decimalId': 'një ID dhjetore (vetëm shifra)',
    'kind.noteKey': 'një shënim i Dokaz (një nga çelësat e katalogut të tij të shënimeve)',
    'kind.text': 'tekst',
    'kind.boolean': 'true ose false',
    'kind.number': 'numër',
    'kind.integer': 'numër i plotë',
    'kind.count': 'numër i plotë ≥ 0',
    'kind.object': 'objekt',
    'kind.list': 'listë',
    'kind.sha256': '64 shifra heksadecimale me shkronja të vogla',
    'kind.uuid': 'UUID',
    'kind.utcInstant': 'kohë UTC sipas ISO 8601 me milisekonda',
    'kind.fileName': 'emër skedari',
    'kind.packPath': 'shteg relativ brenda paketës',
    'kind.language': 'etiketë gjuhe (BCP 47)',
  },

  verdict: {
    heading: 'Paketë provash e Dokaz',
    headingFormat: plural({
      one: 'Paketë provash e Dokaz {format}, {count} dokumentim',
      other: 'Paketë provash e Dokaz {format}, {count} dokumentime',
    }),
    fingerprint: 'Gjurma digjitale e çelësit të nënshkrimit: {fingerprint}',
    fingerprintNote:
      '(krahasojeni me një gjurmë digjitale të marrë veçmas nga paketa: të lexuar në telefon, nga karta e shtypur e çelësit, personalisht)',
    groupPassed: plural({ one: '{label} ({count} kontroll)', other: '{label} ({count} kontrolle)' }),
    groupFailed: '{label}: dështim në {failed} nga {count}',
    groupWarned: plural({
      one: '{label}: {count} paralajmërim',
      other: '{label}: {count} paralajmërime',
    }),
    warnings: plural({
      one: 'Me {count} paralajmërim (⚠): diçka që një Dokaz i vërtetë mund ta shkruajë, p.sh. pasi ora e tij është kthyer prapa. Nuk e rrëzon paketën; lexojeni më poshtë.',
      other:
        'Me {count} paralajmërime (⚠): gjëra që një Dokaz i vërtetë mund t’i shkruajë, p.sh. pasi ora e tij është kthyer prapa. Nuk e rrëzojnë paketën; lexojini më poshtë.',
    }),
    expected: 'pritej: {value}',
    found: 'u gjet: {value}',
    verified: plural({
      one: 'U VERIFIKUA: {count} kontroll kaloi.',
      other: 'U VERIFIKUA: të {count} kontrollet kaluan.',
    }),
    notVerified: 'NUK U VERIFIKUA: dështuan {failed} nga {count} kontrolle.',
    signedBy: 'Nënshkruar me çelësin e shënuar si “{label}”.',
    signedByGiven: 'Nënshkruar me çelësin, gjurmën digjitale të të cilit e dhatë.',
    intact: plural({
      one: 'PËRMBAJTJA E PAPREKUR, NËNSHKRUESI I PAKONFIRMUAR: {count} kontroll kaloi, por asgjë këtu nuk tregon kush e nënshkroi paketën.',
      other:
        'PËRMBAJTJA E PAPREKUR, NËNSHKRUESI I PAKONFIRMUAR: të {count} kontrollet kaluan, por asgjë këtu nuk tregon kush e nënshkroi paketën.',
    }),
    signedByRotated: plural({
      one: 'Nënshkruar me çelësin të cilit çelësi i shënuar si “{label}” ia dorëzoi rolin më {date}.',
      other:
        'Nënshkruar me çelësin të cilit çelësi i shënuar si “{label}” ia dorëzoi rolin, me {count} dorëzime duke filluar më {date}.',
    }),
    signedByRotatedGiven: plural({
      one: 'Nënshkruar me çelësin të cilit çelësi, gjurmën digjitale të të cilit e dhatë, ia dorëzoi rolin më {date}.',
      other:
        'Nënshkruar me çelësin të cilit çelësi, gjurmën digjitale të të cilit e dhatë, ia dorëzoi rolin, me {count} dorëzime duke filluar më {date}.',
    }),
    signerRotated: plural({
      one: 'Nënshkruesi u konfirmua: nënshkruar me çelësin të cilit çelësi i shënuar si “{label}” ia dorëzoi rolin më {date}.',
      other:
        'Nënshkruesi u konfirmua: nënshkruar me çelësin të cilit çelësi i shënuar si “{label}” ia dorëzoi rolin, me {count} dorëzime duke filluar më {date}.',
    }),
    signerRotatedGiven: plural({
      one: 'Nënshkruesi u konfirmua: nënshkruar me çelësin të cilit çelësi, gjurmën digjitale të të cilit e dhatë, ia dorëzoi rolin më {date}.',
      other:
        'Nënshkruesi u konfirmua: nënshkruar me çelësin të cilit çelësi, gjurmën digjitale të të cilit e dhatë, ia dorëzoi rolin, me {count} dorëzime duke filluar më {date}.',
    }),
    trustedEarlierKey: 'Çelës i mëparshëm i besuar',
    earlierKeys: 'Çelësat e mëparshëm të nënshkrimit',
    handedOver: 'dorëzuar më {date}',
    earlierKey: 'Çelës i mëparshëm {fingerprint}, dorëzuar më {date}',
    howToConfirm:
      'Për të konfirmuar nënshkruesin, krahasoni gjurmën digjitale më poshtë me atë që morët nga dërguesi veçmas nga paketa (të lexuar në telefon, kartë e shtypur e çelësit, personalisht), ose jepeni: --fingerprint <hex> ose --trusted-keys <file>.',
  },

  cli: {
    usage:
      'Përdorimi: dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>\n\nVerifikon një paketë provash të Dokaz (dokaz-pack/1 ose dokaz-pack/2): nënshkrimet, vlerën hash të çdo skedari, manifestin, të dhënat e dokumentimeve dhe ngjarjet e zinxhirit të ruajtjes.\n  --fingerprint <hex>    gjurma digjitale e çelësit të dërguesit, e marrë veçmas nga paketa\n                         (e lexuar në telefon, kartë e shtypur e çelësit, personalisht); lejohen hapësirat dhe dy pikat\n  --trusted-keys <file>  listë çelësash të besuar: një gjurmë digjitale për rresht, pastaj një etiketë; # nis një koment\n  --json                 shfaq rezultatin e verifikimit në JSON në vend të tekstit\n  --lang <code>          gjuha e rezultatit: {languages}\n                         (përndryshe gjuha e mjedisit, LANG)\nPaketa mban çelësin e vet, ndaj kushdo mund ta nënshkruajë përsëri: pa --fingerprint ose --trusted-keys përmbajtja mund të jetë e paprekur, por nënshkruesi nuk konfirmohet (kodi i daljes është gjithsesi 0).\nKodi i daljes: 0 u verifikua, 1 një kontroll dështoi ose paketën e nënshkroi një çelës tjetër, 2 gabim përdorimi.',
    unknownOption: 'dokaz-verify: opsion i panjohur {option}',
    unknownLanguage: 'dokaz-verify: gjuhë e panjohur {language}; zgjidhni një nga {languages}',
    cannotRead: 'dokaz-verify: nuk mund të lexohet {path}: {reason}',
    badFingerprint: 'dokaz-verify: --fingerprint nuk mund të përdoret: {reason}',
    badTrustedKeys: 'dokaz-verify: lista e çelësave të besuar {path} nuk mund të përdoret: {reason}',
    missingValue: 'dokaz-verify: {option} kërkon një vlerë',
  },
};
