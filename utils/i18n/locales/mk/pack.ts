import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

/** Macedonian: the words of VERIFY.txt and of the verifier (see en/pack.ts). */
export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Како да се провери овој пакет со докази',
    packFormat: 'Формат на пакетот',
    madeAt: 'Време на изработка (UTC)',
    exporter: 'ID на инсталацијата',
    signingKey: 'Клуч за потпишување',
    signerNote:
      'Ништо во овој пакет само по себе не покажува кој го потпишал: ID на инсталацијата е случаен број што секој може да го копира, а кој повторно ќе го потпише пакетот со друг клуч ја препишува и оваа датотека. Тоа го покажува чекорот 5, спореден со отпечаток добиен од испраќачот одвоено од пакетот.',
    intro:
      'На овие команди им требаат само unzip, sha256sum и openssl, без никаква доверба во Dokaz. Извршете ги во терминал, во папката што го содржи {zip}.',
    proves: {
      unzip: 'Го распакува пакетот во папка „pack“ и влегува во неа.',
      sumsSignature:
        'Докажува дека SHA256SUMS, листата со хеш вредноста на секоја датотека, е потпишана со приватниот клуч чиј јавен дел е public-key.pem.',
      sums: 'Докажува дека секоја датотека ја има хеш вредноста наведена во SHA256SUMS: ниту една датотека не е променета откако листата е потпишана.',
      manifestSignature:
        'Докажува дека manifest.json (податоците на секој запис, секоја датотека со нејзината големина и хеш вредност, резимето на синџирот на чување) е потпишан со истиот клуч.',
      fingerprint:
        'Го печати отпечатокот на клучот што го потпишал пакетот. Споредете го, знак по знак, со отпечатокот што го добивте од испраќачот одвоено од овој пакет: прочитан по телефон, на отпечатена картичка на клучот, лично. Само тоа совпаѓање покажува кој го потпишал пакетот.',
    },
    expectedOutput: 'Очекуван излез: {expected}',
    expectedList: 'по еден ред за секоја датотека, секој завршува со „OK“, на пр.',
    senderFingerprint:
      'отпечатокот на испраќачот, како што го добивте одвоено од пакетот (никогаш оној запишан во овој пакет), проследен со „  -“',
    otherwise:
      'Ако некоја команда испише нешто друго („Verification failure“, „FAILED“), пакетот не е таков каков што бил потпишан; ако чекорот 5 испише отпечаток различен од оној на испраќачот, го потпишал некој друг. И во двата случаи, не потпирајте се на него.',
    moreIntro: 'Овие команди ги проверуваат датотеките и потписите. Сопствениот проверувач на Dokaz,',
    moreChecks:
      'и страницата за проверка во додатокот Dokaz проверуваат и дали недостасува некоја датотека или има вишок датотеки, шемата на манифестот и настаните од синџирот на чување во custody.jsonl: хеш вредноста на секој настан, синџирот меѓу последователните настани, настанот „captured“ (документирано) на секој запис и настанот „exported“ (извезено) на овој извоз. Тие ја наведуваат датотеката или проверката што не успеала.',
    windowsHeading: 'На Windows',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) ги донесува openssl, sha256sum и терминалот Bash, „Git Bash“.',
    windowsUnzip: 'Распакувајте го ZIP-от: десен клик на него, „Extract All...“, во папка „pack“; или во PowerShell:',
    windowsBash:
      'Отворете Git Bash во папката „pack“ (десен клик во папката, „Open Git Bash here“) и извршете ги командите од 2 до 5 погоре. Од cmd.exe, openssl е {openssl}.',
    windowsNoGit:
      'Без Git, Windows може да пресмета хеш вредност на една по една датотека; споредете ја хеш вредноста со редот на датотеката во SHA256SUMS (големите или малите букви не се важни):',
    windowsPowerShell: 'или во PowerShell:',
    windowsNoSignatures:
      'Така се проверува хеш вредноста на датотеката, но не и потписите: нив ги проверува само openssl.',
    macHeading: 'На macOS',
    mac: 'Ако sha256sum го нема, користете „shasum -a 256 -c SHA256SUMS“ за чекор 3 и „shasum -a 256“ во чекор 5.',
  },

  checks: {
    zip: 'Пакетот се отвора како ZIP, секоја ставка е читлива и безбедно именувана',
    'manifest-json': 'manifest.json е JSON во UTF-8',
    'manifest-schema': 'manifest.json ги има сите членови на dokaz-pack/1, секој од својот тип',
    'public-key': 'public-key.pem е јавен клуч ECDSA P-256',
    'key-fingerprint': 'public-key.pem е клучот што manifest.json го наведува за извозот (exporter)',
    signature: 'manifest.sig и SHA256SUMS.sig се потврдуваат со public-key.pem',
    sha256sums: 'SHA256SUMS ја наведува секоја датотека по еднаш, по ред, и секоја хеш вредност се совпаѓа',
    'file-hash': 'Секоја датотека ги има големината и SHA-256 наведени во manifest.json',
    'missing-file': 'Не недостасува ниту една датотека',
    'extra-file': 'Нема вишок датотеки',
    capture: 'Ставката на секој запис во manifest.json се совпаѓа со податоците на записот',
    record: 'Секој record.json е канонскиот JSON на податоците на записот од манифестот',
    'record-hash': 'Хеш вредноста на секој record.json е неговиот recordSha256',
    artifact: 'Секоја датотека на запис ги има големината и SHA-256 наведени во податоците на записот',
    'custody-json': 'custody.jsonl содржи по еден настан од синџирот на чување, во канонски JSON, во секој ред',
    'custody-hash': 'Хеш вредноста на секој настан од синџирот на чување повторно се добива од неговите полиња',
    'custody-chain': 'Настаните од синџирот на чување се по ред, секој поврзан со претходниот',
    'custody-gap': 'Изоставени настани од синџирот на чување за други записи',
    'custody-captures':
      'Секој запис го има својот настан „документирано“, со хеш вредноста на неговите податоци, и ниту еден не е избришан',
    'custody-export': 'Последниот настан од синџирот на чување е овој извоз, како што наведува manifest.json',
    'not-checked': 'Проверки што не можеа да се извршат',
    verifier: 'Проверувачот ја изврши секоја проверка до крај',
    signer: 'public-key.pem е клучот на потписникот што го очекувавте',
  },

  messages: {
    error: '{reason}',
    'verifier.unfinished': 'не можеше да се провери до крај: {reason}',
    'zip.unreadable': 'не е ZIP датотека што може да се прочита: {reason}',
    'zip.duplicateNames':
      'ставки: {entries}, а различни имиња: {names}; програмите за распакување различно избираат која копија ја задржуваат',
    'zip.unsafePath': 'не е обична релативна патека: unzip би можел да ја запише надвор од папката',
    'zip.entryUnreadable': 'не може да се прочита од ZIP-от: {reason}',
    'zip.noEnd': 'не завршува со завршниот запис на ZIP: не е ZIP, или по неговиот крај се додадени бајти',
    'zip.comment': 'има коментар на архивата, каков што Dokaz никогаш не запишува',
    'zip.zip64': 'користи ZIP64 или повеќе дискови, што Dokaz никогаш не запишува',
    'zip.bytesBefore': plural({
      one: '{count} бајт стои пред неговата прва ставка: нешто е ставено пред ZIP-от',
      other: '{count} бајти стојат пред неговата прва ставка: нешто е ставено пред ZIP-от',
    }),
    'zip.layout':
      'не ги држи ставките една по друга како што ги наведува централниот директориум (кај бајт {offset}): нешто е додадено, отстрането или преместено',
    'zip.extraField':
      'носи {field}, дополнително поле или коментар што Dokaz никогаш не запишува: друга алатка за отпакување би можела од него да прочита друго име или големина',
    'zip.attributes': 'неговата верзија или атрибути не се тие што Dokaz ги запишува за обична датотека или папка',
    'zip.flags': 'има знаменца или метод на компресија што Dokaz никогаш не запишува (шифрирање, кодирање на имиња, …)',
    'zip.localHeader': 'неговото локално заглавие не се совпаѓа со неговата ставка во централниот директориум',
    'zip.descriptor': 'неговиот опис на податоците не се совпаѓа со неговата ставка во централниот директориум',
    'zip.folderData': 'е ставка на папка со податоци, големина или CRC-32',
    'zip.size': 'неговите податоци немаат големина каква што даваат заглавијата',
    'zip.crc': 'неговите податоци немаат CRC-32 каков што даваат заглавијата',
    'zip.deflateEnd':
      'неговите компресирани податоци продолжуваат по крајот на deflate-потокот: други алатки за отпакување би можеле таму да прочитаат ставка',
    'zip.nameForm':
      'не е име што Dokaz го запишува: букви, цифри, „.“, „-“ и „_“, ниту еден дел што почнува или завршува со „.“, најмногу {max} знаци',
    'zip.sameFile':
      'е иста датотека како {other} за некои алатки за отпакување или датотечни системи (големи и мали букви, Unicode-облик, точки или празни места на крајот, „\\“ или „:“)',
    'zip.fileIsFolder': 'е датотека, но {other} ја прави папка',
    'zip.tooLarge': plural({
      one: 'вели дека содржи {count} бајт, повеќе од {limit} колку што проверувачот чита од ваква датотека',
      other: 'вели дека содржи {count} бајти, повеќе од {limit} колку што проверувачот чита од ваква датотека',
    }),
    'zip.budget':
      'не е прочитана: компресираните датотеки на пакетот би се распакувале во повеќе од {limit} бајти вкупно, границата на проверувачот за пакет со оваа големина',
    'zip.more': plural({
      one: 'и уште {count} ставка со ваков проблем',
      other: 'и уште {count} ставки со ваков проблем',
    }),
    'zip.opens': plural({
      one: 'се отвора како ZIP со {count} датотека',
      other: 'се отвора како ZIP со {count} датотеки',
    }),
    'file.missing': 'не е во пакетот',
    'file.notUtf8': 'не е текст во UTF-8',
    'manifest.notJson': 'не е JSON: {reason}',
    'manifest.notObject': 'не е JSON објект',
    'manifest.isJson': 'е JSON во UTF-8',
    'manifest.unknownMember': '{path} не е член на {format}',
    'manifest.signingFile': '$.files го наведува {file}, а оваа датотека по правило е изоставена од таму',
    'file.jsonValues':
      'содржи {count} JSON-вредности, повеќе од {limit} колку што проверувачот анализира за пакет со оваа големина',
    'manifest.fileTwice': '$.files го наведува {file} двапати',
    'manifest.moreProblems': plural({ one: 'и уште {count} проблем', other: 'и уште {count} проблеми' }),
    'manifest.schemaOk': 'ги има сите членови, секој од својот тип',
    'key.ok': 'е јавен клуч ECDSA P-256',
    'key.fingerprintOk': 'го има отпечатокот што го наведува manifest.json, {fingerprint}',
    'key.fingerprintWrong': 'не е клучот што го наведува exporter.keyFingerprint во manifest.json',
    'signer.ok': 'е клучот означен како „{label}“',
    'signer.okGiven': 'го има отпечатокот што го внесовте',
    'signer.other': 'не е клучот што го очекувавте: овој пакет го потпишал друг клуч',
    'signer.noKey': 'не може да се спореди со клучот што го очекувавте: пакетот нема употреблив јавен клуч',
    'signature.noKey': 'не може да се провери: {file} не може да се употреби',
    'signature.missing': 'не може да се провери: {file} недостасува',
    'signature.ok': 'го потврдува {file} со {key}',
    'signature.bad':
      'не го потврдува {file} со {key}: една од овие датотеки е променета по потпишувањето или потпишал друг клуч',
    'sums.noFinalBreak': 'не завршува со нов ред',
    'sums.badLine': 'редот {line} не е „<64 мали хексадецимални цифри>  <патека>“',
    'sums.twice': 'редот {line} го наведува {path} по втор пат',
    'sums.order': 'ред {line}: {path} не е на своето место (редослед по патека)',
    'sums.leftOut': 'редот {line} го наведува {path}, а SHA256SUMS по правило ја изоставува оваа датотека',
    'sums.tooManyLines': plural({
      one: 'има повеќе редови од {count} датотека на пакетот што ги наведува',
      other: 'има повеќе редови од {count} датотеки на пакетот што ги наведува',
    }),
    'sums.ok': plural({
      one: 'е исправен: {count} ред, по редослед на патеките',
      other: 'е исправен: {count} реда, по редослед на патеките',
    }),
    'sums.notInPack': 'се наведува во {sums}, но не е во пакетот',
    'sums.mismatch': 'не се совпаѓа со својот SHA-256 во {sums}',
    'sums.match': 'се совпаѓа со {sums}',
    'sums.unlisted': 'е во пакетот, но не се наведува во {sums}',
    'files.size': plural({
      one: 'има {count} бајт; manifest.json наведува {expected}',
      other: 'има {count} бајта; manifest.json наведува {expected}',
    }),
    'files.mismatch': 'не се совпаѓа со својот SHA-256 во manifest.json',
    'files.ok': 'ги има големината и SHA-256 што ги наведува manifest.json',
    'files.extra': 'е во пакетот, но не е меѓу датотеките (files) во manifest.json',
    'capture.twice': 'се појавува двапати во manifest.json',
    'capture.recordId': 'id во податоците на записот е {id}',
    'capture.recordHash': 'recordSha256 во manifest.json не е SHA-256 на податоците на записот',
    'capture.unknownArtifact': 'files наведува {artifact}, а таква датотека нема во податоците на записот',
    'capture.artifactPath': 'files дава {path} за {name}, а треба {expected}',
    'capture.noArtifactPath': 'files не дава патека за {name}, а треба {expected}',
    'capture.sameName': 'две датотеки го имаат името {name}',
    'capture.ok': 'неговата ставка во манифестот се совпаѓа со податоците на записот',
    'capture.strayFile': 'не е ниту record.json ниту датотека на некој запис од manifest.json',
    'record.ok': 'е канонскиот JSON на податоците на записот од manifest.json',
    'record.notCanonical': 'не е канонскиот JSON на податоците за овој запис од manifest.json',
    'record.hashOk': 'хеш вредноста се совпаѓа со recordSha256',
    'record.hashWrong': 'хеш вредноста не се совпаѓа со recordSha256',
    'artifact.ok': 'ги има големината и SHA-256 што ги наведуваат податоците на записот',
    'artifact.wrong': 'ги нема големината и SHA-256 што ги наведуваат податоците на записот',
    'custody.notJson': 'не е JSON',
    'custody.notCanonical': 'не е во канонски JSON',
    'custody.empty': 'не содржи ниту еден настан',
    'custody.ok': plural({
      one: 'содржи {count} настан од синџирот на чување',
      other: 'содржи {count} настани од синџирот на чување',
    }),
    'custody.hashWrong': 'неговата хеш вредност не се добива повторно од неговите полиња',
    'custody.payloadWrong': 'хеш вредноста на неговите детали (details) не е неговиот payloadSha256',
    'custody.hashesOk': plural({
      one: 'хеш вредноста на {count} настан повторно се добива од неговите полиња',
      other: 'хеш вредноста на секој од {count} настани повторно се добива од неговите полиња',
    }),
    'custody.order': 'доаѓа по настанот #{seq}: настаните мора да се подредени по растечки seq',
    'custody.prevHash': 'неговиот prevHash не е хеш вредноста на настанот #{seq}',
    'custody.prevHashFirst': 'неговиот prevHash не се нулите на прв настан',
    'custody.gap': plural({
      one: 'изоставен е {count} настан ({range}) од други записи',
      other: 'изоставени се {count} настани ({range}) од други записи',
    }),
    'custody.chainOk': 'неговите настани се по ред, секој поврзан со претходниот',
    'custody.noCaptured': 'нема настан „captured“ (документирано) за записот {id}',
    'custody.capturedTwice': plural({
      one: 'има {count} настан „captured“ (документирано) за записот {id}',
      other: 'има {count} настани „captured“ (документирано) за записот {id}',
    }),
    'custody.recordHash': 'неговиот payloadSha256 не е SHA-256 на {path}',
    'custody.otherCapture': 'се однесува на записот {id}, кој не е во пакетот',
    'custody.deleted': 'го брише записот {id}, кој е во пакетот',
    'custody.capturesOk':
      'секој запис го има својот настан „captured“ (документирано), со хеш вредноста на неговите податоци',
    'custody.lastNotExport': 'последниот настан е „{type}“, а не настанот „exported“ (извезено) на овој извоз',
    'custody.exportMember': '{member} не е она што го наведува manifest.json',
    'custody.exportSeq': 'неговиот seq (custody.exportEventSeq) не е она што го наведува manifest.json',
    'custody.exportHash': 'неговата хеш вредност (custody.headHash) не е она што го наведува manifest.json',
    'custody.exportLines': 'бројот на редови во {file} (custody.events) не е она што го наведува manifest.json',
    'custody.exportOk': 'последниот настан е овој извоз, како што наведува manifest.json',
    'notChecked.fingerprint': 'неговиот отпечаток: exporter во manifest.json не е валиден',
    'notChecked.files': 'датотеките што недостасуваат или се вишок: files во manifest.json не е валиден',
    'notChecked.captures': 'податоците и датотеките на записите: captures во manifest.json не е валиден',
    'notChecked.custodyCaptures': 'настаните на секој запис: captures во manifest.json не е валиден',
    'notChecked.export':
      'настанот на извозот наспроти manifest.json: неговите captures, selection или custody не се валидни',
    'schema.type': '{path} е {actual}, а не {expected}',
    'schema.not': '{path} не е {expected}',
    'schema.tooMany': plural({
      one: '{path} има повеќе од {count} ставка',
      other: '{path} има повеќе од {count} ставки',
    }),
    'schema.noneOf': '{path} нема ниту еден од членовите {members}',
    'schema.notOneOf': '{path} не е ниту едно од: {values}',
    'schema.missing': '{path} нема член {member}',
    'schema.unknownMember': '{path} не е член на овој формат',
    'kind.text': 'текст',
    'kind.boolean': 'true или false',
    'kind.number': 'број',
    'kind.integer': 'цел број',
    'kind.count': 'цел број ≥ 0',
    'kind.object': 'објект',
    'kind.list': 'листа',
    'kind.sha256': '64 мали хексадецимални цифри',
    'kind.uuid': 'UUID',
    'kind.utcInstant': 'време во UTC по ISO 8601 со милисекунди',
    'kind.fileName': 'име на датотека',
    'kind.packPath': 'релативна патека во пакетот',
    'kind.language': 'ознака за јазик (BCP 47)',
  },

  verdict: {
    heading: 'Пакет со докази на Dokaz',
    headingFormat: plural({
      one: 'Пакет со докази на Dokaz {format}, {count} запис',
      other: 'Пакет со докази на Dokaz {format}, {count} записа',
    }),
    fingerprint: 'Отпечаток (fingerprint) на клучот за потпишување: {fingerprint}',
    fingerprintNote:
      '(споредете го со отпечаток добиен одвоено од пакетот: прочитан по телефон, од отпечатена картичка на клучот, лично)',
    groupPassed: plural({ one: '{label} ({count} проверка)', other: '{label} ({count} проверки)' }),
    groupFailed: '{label}: неуспешни {failed} од {count}',
    expected: 'очекувано: {value}',
    found: 'најдено:   {value}',
    verified: plural({
      one: 'ПОТВРДЕНО: {count} проверка, успешно помината.',
      other: 'ПОТВРДЕНО: сите {count} проверки се успешно поминати.',
    }),
    notVerified: 'НЕ Е ПОТВРДЕНО: неуспешни {failed} од {count} проверки.',
    signedBy: 'Потпишан со клучот означен како „{label}“.',
    signedByGiven: 'Потпишан со клучот чиј отпечаток го внесовте.',
    intact: plural({
      one: 'СОДРЖИНАТА Е НЕПРОМЕНЕТА, ПОТПИСНИКОТ НЕ Е ПОТВРДЕН: {count} проверка е успешно помината, но ништо овде не покажува кој го потпишал пакетот.',
      other:
        'СОДРЖИНАТА Е НЕПРОМЕНЕТА, ПОТПИСНИКОТ НЕ Е ПОТВРДЕН: сите {count} проверки се успешно поминати, но ништо овде не покажува кој го потпишал пакетот.',
    }),
    howToConfirm:
      'За да го потврдите потписникот, споредете го отпечатокот подолу со отпечатокот добиен од испраќачот одвоено од пакетот (прочитан по телефон, отпечатена картичка на клучот, лично), или внесете го: --fingerprint <hex> или --trusted-keys <file>.',
  },

  cli: {
    usage:
      'Употреба: dokaz-verify [--json] [--lang <code>] [--fingerprint <hex>] [--trusted-keys <file>] <pack.zip>\n\nГо проверува пакетот со докази на Dokaz (dokaz-pack/1): неговите потписи, хеш вредноста на секоја датотека, манифестот, податоците на записите и настаните од синџирот на чување.\n  --fingerprint <hex>    отпечатокот на клучот на испраќачот, добиен одвоено од пакетот\n                         (прочитан по телефон, отпечатена картичка на клучот, лично); дозволени се празни места и две точки\n  --trusted-keys <file>  список на доверливи клучеви: по еден отпечаток во ред, па ознака; # започнува коментар\n  --json                 го печати резултатот како JSON наместо како текст\n  --lang <code>          јазикот на излезот: {languages}\n                         (инаку јазикот на околината, LANG)\nПакетот го носи сопствениот клуч, па секој може повторно да го потпише: без --fingerprint или --trusted-keys содржината може да е непроменета, но потписникот не е потврден (излезниот статус сепак е 0).\nИзлезен статус: 0 потврдено, 1 некоја проверка не успеа или пакетот го потпишал друг клуч, 2 погрешна употреба.',
    unknownOption: 'dokaz-verify: непозната опција {option}',
    unknownLanguage: 'dokaz-verify: непознат јазик {language}; изберете еден од {languages}',
    cannotRead: 'dokaz-verify: не може да се прочита {path}: {reason}',
    badFingerprint: 'dokaz-verify: --fingerprint не може да се употреби: {reason}',
    badTrustedKeys: 'dokaz-verify: списокот на доверливи клучеви {path} не може да се употреби: {reason}',
    missingValue: 'dokaz-verify: на {option} му треба вредност',
  },
};
