import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

/** Macedonian: the words of VERIFY.txt and of the verifier (see en/pack.ts). */
export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Како да се провери овој пакет со докази',
    packFormat: 'Формат на пакетот',
    madeAt: 'Време на изработка (UTC)',
    exporter: 'Извезено од',
    signingKey: 'Клуч за потпишување',
    keyFingerprint: 'Отпечаток на клучот',
    fingerprintNote: '(SHA-256 на јавниот клуч, DER SPKI)',
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
        'Го поврзува клучот со лицето што го извезе пакетот: отпечатокот мора да биде оној што се прикажува во поставките на Dokaz кај тоа лице.',
    },
    expectedOutput: 'Очекуван излез: {expected}',
    expectedList: 'по еден ред за секоја датотека, секој завршува со „OK“, на пр.',
    otherwise:
      'Ако некоја команда испише нешто друго („Verification failure“, „FAILED“, друг отпечаток), пакетот не е таков каков што бил потпишан: не потпирајте се на него.',
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
  },

  verdict: {
    heading: 'Пакет со докази на Dokaz',
    headingFormat: plural({
      one: 'Пакет со докази на Dokaz {format}, {count} запис',
      other: 'Пакет со докази на Dokaz {format}, {count} записа',
    }),
    fingerprint: 'Отпечаток (fingerprint) на клучот за потпишување: {fingerprint}',
    fingerprintNote: '(споредете го со отпечатокот во поставките на Dokaz кај лицето што го извезе пакетот)',
    groupPassed: plural({ one: '{label} ({count} проверка)', other: '{label} ({count} проверки)' }),
    groupFailed: '{label}: неуспешни {failed} од {count}',
    expected: 'очекувано: {value}',
    found: 'најдено:   {value}',
    verified: plural({
      one: 'ПОТВРДЕНО: {count} проверка, успешно помината.',
      other: 'ПОТВРДЕНО: сите {count} проверки се успешно поминати.',
    }),
    notVerified: 'НЕ Е ПОТВРДЕНО: неуспешни {failed} од {count} проверки.',
  },

  cli: {
    usage:
      'Употреба: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nГо проверува пакетот со докази на Dokaz (dokaz-pack/1): неговите потписи, хеш вредноста на секоја датотека, манифестот, податоците на записите и настаните од синџирот на чување.\n  --json          го печати резултатот како JSON наместо како текст\n  --lang <code>   јазикот на излезот: {languages}\n                  (инаку јазикот на околината, LANG)\nИзлезен статус: 0 потврдено, 1 некоја проверка не успеа, 2 погрешна употреба.',
    unknownOption: 'dokaz-verify: непозната опција {option}',
    unknownLanguage: 'dokaz-verify: непознат јазик {language}; изберете еден од {languages}',
    cannotRead: 'dokaz-verify: не може да се прочита {path}: {reason}',
  },
};
