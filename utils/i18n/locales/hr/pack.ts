import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

/** VERIFY.txt and the verifier's words in Croatian (see en/pack.ts). Commands and file names stay as they are. */
export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Kako provjeriti ovaj paket dokaza',
    packFormat: 'Format paketa',
    madeAt: 'Izrađeno (UTC)',
    exporter: 'Izvezeno iz instalacije',
    signingKey: 'Ključ za potpisivanje',
    keyFingerprint: 'Otisak ključa',
    fingerprintNote: '(SHA-256 javnog ključa, DER SPKI)',
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
        'Povezuje ključ s osobom koja je izvezla paket: otisak mora biti jednak onome prikazanom u postavkama njezina proširenja Dokaz.',
    },
    expectedOutput: 'Očekivani ispis: {expected}',
    expectedList: 'po jedan redak za svaku datoteku, a svaki završava s „OK“, npr.',
    otherwise:
      'Ako naredba ispiše bilo što drugo („Verification failure“, „FAILED“, drukčiji otisak), paket nije onakav kakav je bio kad je potpisan: ne oslanjajte se na njega.',
    moreIntro: 'Ove naredbe provjeravaju datoteke i potpise. Dokazov vlastiti alat za provjeru,',
    moreChecks:
      'i stranica za provjeru u proširenju Dokaz provjeravaju i to da nijedna datoteka ne nedostaje i da nema suvišnih, zatim shemu manifesta i događaje lanca čuvanja u custody.jsonl: hash vrijednost svakog događaja, lanac između uzastopnih događaja, događaj „captured“ (zabilježeno) svakog zapisa i događaj „exported“ (izvezeno) ovog izvoza. Navode datoteku ili provjeru koja nije uspjela.',
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
  },

  checks: {
    zip: 'Paket se otvara kao ZIP, svaki je unos čitljiv i sigurno imenovan',
    'manifest-json': 'manifest.json je JSON u kodiranju UTF-8',
    'manifest-schema': 'manifest.json ima sve članove formata dokaz-pack/1, svaki odgovarajućeg tipa',
    'public-key': 'public-key.pem je javni ključ ECDSA P-256',
    'key-fingerprint': 'public-key.pem je ključ naveden u manifest.json (exporter.keyFingerprint)',
    signature: 'manifest.sig i SHA256SUMS.sig uspješno se provjeravaju ključem public-key.pem',
    sha256sums: 'SHA256SUMS navodi svaku datoteku jednom, redom, i svaka hash vrijednost odgovara',
    'file-hash': 'Svaka datoteka ima veličinu i SHA-256 navedene u manifest.json',
    'missing-file': 'Nijedna datoteka ne nedostaje',
    'extra-file': 'Nema suvišnih datoteka',
    capture: 'Unos svakog zapisa u manifest.json podudara se s njegovim opisom (record.json)',
    record: 'Svaki record.json kanonski je JSON opisa zapisa iz manifesta',
    'record-hash': 'Hash vrijednost svakog record.json jednaka je njegovu recordSha256',
    artifact: 'Svaka datoteka zapisa ima veličinu i SHA-256 navedene u opisu zapisa',
    'custody-json': 'custody.jsonl sadrži po jedan događaj lanca čuvanja u kanonskom JSON-u u svakom retku',
    'custody-hash': 'Hash vrijednost svakog događaja lanca čuvanja odgovara ponovnom izračunu iz njegovih polja',
    'custody-chain': 'Događaji lanca čuvanja poredani su redom i svaki je povezan s prethodnim',
    'custody-gap': 'Izostavljeni događaji lanca čuvanja drugih zapisa',
    'custody-captures':
      'Svaki zapis ima svoj događaj „zabilježeno“ s hash vrijednošću svojeg opisa i nijedan nije izbrisan',
    'custody-export': 'Posljednji događaj lanca čuvanja je ovaj izvoz, kako navodi manifest.json',
    'not-checked': 'Provjere koje nije bilo moguće provesti',
    verifier: 'Alat za provjeru proveo je svaku provjeru do kraja',
  },

  verdict: {
    heading: 'Paket dokaza (Dokaz)',
    headingFormat: plural({
      one: 'Paket dokaza (Dokaz) {format}, {count} zapis',
      few: 'Paket dokaza (Dokaz) {format}, {count} zapisa',
      other: 'Paket dokaza (Dokaz) {format}, {count} zapisa',
    }),
    fingerprint: 'Otisak ključa za potpisivanje: {fingerprint}',
    fingerprintNote: '(usporedite ga s otiskom u postavkama proširenja Dokaz osobe koja je izvezla paket)',
    groupPassed: plural({
      one: '{label} ({count} provjera)',
      few: '{label} ({count} provjere)',
      other: '{label} ({count} provjera)',
    }),
    groupFailed: '{label}: neuspjelih {failed} od {count}',
    expected: 'očekivano: {value}',
    found: 'pronađeno: {value}',
    verified: plural({
      one: 'PROVJERENO: uspješna je {count} provjera.',
      few: 'PROVJERENO: uspješne su sve {count} provjere.',
      other: 'PROVJERENO: uspješno je svih {count} provjera.',
    }),
    notVerified: 'NIJE PROVJERENO: neuspjelih provjera {failed} od {count}.',
  },

  cli: {
    usage:
      'Uporaba: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nProvjerava paket dokaza izrađen proširenjem Dokaz (dokaz-pack/1): njegove potpise, hash vrijednost svake datoteke, manifest, opise zapisa i događaje lanca čuvanja.\n  --json          ispisuje ishod kao JSON umjesto teksta\n  --lang <code>   jezik ispisa: {languages}\n                  (inače jezik okruženja, LANG)\nIzlazni status: 0 provjereno, 1 neka provjera nije uspjela, 2 pogrešna uporaba.',
    unknownOption: 'dokaz-verify: nepoznata opcija {option}',
    unknownLanguage: 'dokaz-verify: nepoznat jezik {language}; odaberite jedan od ovih: {languages}',
    cannotRead: 'dokaz-verify: nije moguće pročitati {path}: {reason}',
  },
};
