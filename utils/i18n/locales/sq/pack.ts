import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Si të verifikohet kjo paketë provash',
    packFormat: 'Formati i paketës',
    madeAt: 'Krijuar më (UTC)',
    exporter: 'Eksportuesi',
    signingKey: 'Çelësi i nënshkrimit',
    keyFingerprint: 'Gjurma digjitale e çelësit',
    fingerprintNote: '(SHA-256 e çelësit publik, DER SPKI)',
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
        'E lidh çelësin me eksportuesin: gjurma digjitale duhet të jetë ajo që shfaqet në cilësimet e Dokaz të eksportuesit.',
    },
    expectedOutput: 'Rezultati i pritur: {expected}',
    expectedList: 'një rresht për çdo skedar, secili që mbaron me "OK", p.sh.',
    otherwise:
      'Nëse një komandë shfaq diçka tjetër ("Verification failure", "FAILED", një gjurmë digjitale tjetër), paketa nuk është ashtu siç u nënshkrua: mos u mbështetni te ajo.',
    moreIntro: 'Këto komanda kontrollojnë skedarët dhe nënshkrimet. Verifikuesi i vetë Dokaz,',
    moreChecks:
      'dhe faqja e verifikimit e shtesës Dokaz kontrollojnë gjithashtu që asnjë skedar të mos mungojë ose të jetë i tepërt, skemën e manifestit dhe ngjarjet e zinxhirit të ruajtjes në custody.jsonl: vlerën hash të çdo ngjarjeje, zinxhirin ndërmjet ngjarjeve të njëpasnjëshme, ngjarjen "captured" të çdo dokumentimi dhe ngjarjen "exported" të këtij eksportimi. Ato tregojnë skedarin ose kontrollin që dështon.',
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
  },

  checks: {
    zip: 'Paketa hapet si ZIP, çdo hyrje është e lexueshme dhe ka emër të sigurt',
    'manifest-json': 'manifest.json është JSON në UTF-8',
    'manifest-schema': 'manifest.json ka çdo fushë të dokaz-pack/1, secilën të llojit të duhur',
    'public-key': 'public-key.pem është një çelës publik ECDSA P-256',
    'key-fingerprint': 'public-key.pem është çelësi që manifest.json i atribuon eksportuesit',
    signature: 'manifest.sig dhe SHA256SUMS.sig verifikohen me public-key.pem',
    sha256sums: 'SHA256SUMS rendit çdo skedar një herë, sipas radhës, dhe çdo vlerë hash përputhet',
    'file-hash': 'Çdo skedar ka madhësinë dhe vlerën SHA-256 që jep manifest.json',
    'missing-file': 'Asnjë skedar nuk mungon',
    'extra-file': 'Asnjë skedar nuk është i tepërt',
    capture: 'Hyrja e çdo dokumentimi në manifest.json përputhet me të dhënat e tij (record.json)',
    record: 'Çdo record.json është JSON-i kanonik i të dhënave përkatëse në manifest',
    'record-hash': 'Vlera hash e çdo record.json është recordSha256 i tij',
    artifact: 'Çdo skedar i dokumentimeve ka madhësinë dhe vlerën SHA-256 që japin të dhënat e dokumentimit',
    'custody-json': 'custody.jsonl përmban një ngjarje të zinxhirit të ruajtjes në JSON kanonik për çdo rresht',
    'custody-hash': 'Vlera hash e çdo ngjarjeje të zinxhirit të ruajtjes rillogaritet nga fushat e saj',
    'custody-chain': 'Ngjarjet e zinxhirit të ruajtjes janë sipas radhës, secila e lidhur me paraardhësen',
    'custody-gap': 'Ngjarje të zinxhirit të ruajtjes të dokumentimeve të tjera, të lëna jashtë',
    'custody-captures':
      'Çdo dokumentim ka ngjarjen e vet «dokumentuar», me vlerën hash të të dhënave të tij, dhe asnjë nuk është fshirë',
    'custody-export': 'Ngjarja e fundit e zinxhirit të ruajtjes është ky eksportim, siç thotë manifest.json',
    'not-checked': 'Kontrolle që nuk mund të kryheshin',
    verifier: 'Verifikuesi i kreu të gjitha kontrollet deri në fund',
  },

  verdict: {
    heading: 'Paketë provash e Dokaz',
    headingFormat: plural({
      one: 'Paketë provash e Dokaz {format}, {count} dokumentim',
      other: 'Paketë provash e Dokaz {format}, {count} dokumentime',
    }),
    fingerprint: 'Gjurma digjitale e çelësit të nënshkrimit: {fingerprint}',
    fingerprintNote: '(krahasojeni me atë në cilësimet e Dokaz të eksportuesit)',
    groupPassed: plural({ one: '{label} ({count} kontroll)', other: '{label} ({count} kontrolle)' }),
    groupFailed: '{label}: dështim në {failed} nga {count}',
    expected: 'pritej: {value}',
    found: 'u gjet: {value}',
    verified: plural({
      one: 'U VERIFIKUA: {count} kontroll kaloi.',
      other: 'U VERIFIKUA: të {count} kontrollet kaluan.',
    }),
    notVerified: 'NUK U VERIFIKUA: dështuan {failed} nga {count} kontrolle.',
  },

  cli: {
    usage:
      'Përdorimi: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nVerifikon një paketë provash të Dokaz (dokaz-pack/1): nënshkrimet, vlerën hash të çdo skedari, manifestin, të dhënat e dokumentimeve dhe ngjarjet e zinxhirit të ruajtjes.\n  --json          shfaq rezultatin e verifikimit në JSON në vend të tekstit\n  --lang <code>   gjuha e rezultatit: {languages}\n                  (përndryshe gjuha e mjedisit, LANG)\nKodi i daljes: 0 u verifikua, 1 një kontroll dështoi, 2 gabim përdorimi.',
    unknownOption: 'dokaz-verify: opsion i panjohur {option}',
    unknownLanguage: 'dokaz-verify: gjuhë e panjohur {language}; zgjidhni një nga {languages}',
    cannotRead: 'dokaz-verify: nuk mund të lexohet {path}: {reason}',
  },
};
