import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Како проверити овај пакет доказа',
    packFormat: 'Формат пакета',
    madeAt: 'Време израде (UTC)',
    exporter: 'Аутор пакета',
    signingKey: 'Кључ за потписивање',
    keyFingerprint: 'Отисак кључа',
    fingerprintNote: '(SHA-256 јавног кључа, DER SPKI)',
    intro:
      'За ове команде потребни су само алати unzip, sha256sum и openssl, без икаквог поверења у Dokaz. Покрените их у терминалу, у фасцикли у којој се налази {zip}.',
    proves: {
      unzip: 'Распакује пакет у фасциклу „pack“ и улази у њу.',
      sumsSignature:
        'Доказује да је SHA256SUMS, листу хеш вредности свих датотека, потписао приватни кључ чија је јавна половина public-key.pem.',
      sums: 'Доказује да свака датотека има хеш вредност коју наводи SHA256SUMS: ниједна датотека није мењана откако је листа потписана.',
      manifestSignature:
        'Доказује да је manifest.json (подаци о свим записима, свака датотека са својом величином и хеш вредношћу, резиме ланца чувања) потписан истим кључем.',
      fingerprint:
        'Повезује кључ са аутором пакета: отисак мора да буде исти као онај приказан у подешавањима проширења Dokaz код аутора пакета.',
    },
    expectedOutput: 'Очекивани излаз: {expected}',
    expectedList: 'по један ред за сваку датотеку, а сваки се завршава са „OK“, нпр.',
    otherwise:
      'Ако нека команда испише било шта друго („Verification failure“, „FAILED“, другачији отисак), пакет није онакав какав је био када је потписан: не ослањајте се на њега.',
    moreIntro: 'Ове команде проверавају датотеке и потписе. Алат за проверу из пројекта Dokaz,',
    moreChecks:
      'као и страница за проверу у проширењу Dokaz, проверавају и то да ниједна датотека не недостаје и да нема сувишних, затим шему манифеста и догађаје ланца чувања у custody.jsonl: хеш сваког догађаја, ланац између узастопних догађаја, догађај „captured“ (документовано) за сваки запис и догађај „exported“ (извезено) за овај извоз. Наводе датотеку или проверу која није успела.',
    windowsHeading: 'У систему Windows',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) доноси openssl, sha256sum и терминал Bash, „Git Bash“.',
    windowsUnzip:
      'Распакујте ZIP: кликните на њега десним тастером миша, „Extract All...“ („Издвој све…“), у фасциклу „pack“; или у окружењу PowerShell:',
    windowsBash:
      'Отворите Git Bash у фасцикли „pack“ (десни клик у фасцикли, „Open Git Bash here“) и покрените горње команде од 2 до 5. Из окружења cmd.exe, openssl се налази на путањи {openssl}.',
    windowsNoGit:
      'Без програма Git, Windows може да израчуна хеш једне по једне датотеке; упоредите хеш са редом у SHA256SUMS који се односи на ту датотеку (велика или мала слова нису битна):',
    windowsPowerShell: 'или у окружењу PowerShell:',
    windowsNoSignatures: 'Тако се проверава хеш датотеке, али не и потписи: њих проверава само openssl.',
    macHeading: 'У систему macOS',
    mac: 'Ако sha256sum недостаје, користите „shasum -a 256 -c SHA256SUMS“ у 3. кораку и „shasum -a 256“ у 5. кораку.',
  },

  checks: {
    zip: 'Пакет се отвара као ZIP, свака ставка је читљива и безбедно именована',
    'manifest-json': 'manifest.json је JSON у кодирању UTF-8',
    'manifest-schema': 'manifest.json има све чланове формата dokaz-pack/1, сваки одговарајућег типа',
    'public-key': 'public-key.pem је јавни кључ ECDSA P-256',
    'key-fingerprint': 'public-key.pem је кључ аутора пакета наведен у manifest.json',
    signature: 'manifest.sig и SHA256SUMS.sig успешно се проверавају кључем public-key.pem',
    sha256sums: 'SHA256SUMS наводи сваку датотеку једном, по реду, и сваки хеш се поклапа',
    'file-hash': 'Свака датотека има величину и SHA-256 које наводи manifest.json',
    'missing-file': 'Ниједна датотека не недостаје',
    'extra-file': 'Нема сувишних датотека',
    capture: 'Ставка сваког записа у manifest.json слаже се са подацима о запису',
    record: 'Сваки record.json је канонски JSON података о запису из манифеста',
    'record-hash': 'Хеш сваког record.json једнак је његовој вредности recordSha256',
    artifact: 'Свака датотека записа има величину и SHA-256 које наводе подаци о запису',
    'custody-json': 'custody.jsonl садржи по један догађај ланца чувања у канонском JSON облику у сваком реду',
    'custody-hash': 'Хеш сваког догађаја ланца чувања поново се добија из његових поља',
    'custody-chain': 'Догађаји ланца чувања су по реду, сваки повезан са претходним',
    'custody-gap': 'Изостављени догађаји ланца чувања других записа',
    'custody-captures':
      'Сваки запис има свој догађај документовања, са хешом података о запису, и ниједан није обрисан',
    'custody-export': 'Последњи догађај ланца чувања је овај извоз, као што наводи manifest.json',
    'not-checked': 'Провере које није било могуће извршити',
    verifier: 'Програм за проверу је извршио све провере до краја',
  },

  verdict: {
    heading: 'Dokaz — пакет доказа',
    headingFormat: plural({
      one: 'Dokaz — пакет доказа {format}, {count} запис',
      few: 'Dokaz — пакет доказа {format}, {count} записа',
      other: 'Dokaz — пакет доказа {format}, {count} записа',
    }),
    fingerprint: 'Отисак кључа за потписивање: {fingerprint}',
    fingerprintNote: '(упоредите га са отиском у подешавањима проширења Dokaz код аутора пакета)',
    groupPassed: plural({
      one: '{label} ({count} провера)',
      few: '{label} ({count} провере)',
      other: '{label} ({count} провера)',
    }),
    groupFailed: '{label}: неуспешно {failed} од {count}',
    expected: 'очекивано: {value}',
    found: 'пронађено: {value}',
    verified: plural({
      one: 'ПРОВЕРЕНО: {count} провера је успешна.',
      few: 'ПРОВЕРЕНО: све {count} провере су успешне.',
      other: 'ПРОВЕРЕНО: свих {count} провера је успешно.',
    }),
    notVerified: 'НИЈЕ ПРОВЕРЕНО: неуспешних провера {failed} од {count}.',
  },

  cli: {
    usage:
      'Употреба: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nПроверава пакет доказа направљен помоћу проширења Dokaz (dokaz-pack/1): његове потписе, хеш сваке датотеке, манифест, податке о записима и догађаје ланца чувања.\n  --json          исписује резултат као JSON уместо као текст\n  --lang <code>   језик излаза: {languages}\n                  (иначе језик окружења, LANG)\nИзлазни статус: 0 проверено, 1 нека провера није успела, 2 грешка у употреби.',
    unknownOption: 'dokaz-verify: непозната опција {option}',
    unknownLanguage: 'dokaz-verify: непознат језик {language}; изаберите један од: {languages}',
    cannotRead: 'dokaz-verify: није могуће прочитати {path}: {reason}',
  },
};
