import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Kako proveriti ovaj paket dokaza',
    packFormat: 'Format paketa',
    madeAt: 'Vreme izrade (UTC)',
    exporter: 'Autor paketa',
    signingKey: 'Ključ za potpisivanje',
    keyFingerprint: 'Otisak ključa',
    fingerprintNote: '(SHA-256 javnog ključa, DER SPKI)',
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
        'Povezuje ključ sa autorom paketa: otisak mora da bude isti kao onaj prikazan u podešavanjima proširenja Dokaz kod autora paketa.',
    },
    expectedOutput: 'Očekivani izlaz: {expected}',
    expectedList: 'po jedan red za svaku datoteku, a svaki se završava sa „OK“, npr.',
    otherwise:
      'Ako neka komanda ispiše bilo šta drugo („Verification failure“, „FAILED“, drugačiji otisak), paket nije onakav kakav je bio kada je potpisan: ne oslanjajte se na njega.',
    moreIntro: 'Ove komande proveravaju datoteke i potpise. Alat za proveru iz projekta Dokaz,',
    moreChecks:
      'kao i stranica za proveru u proširenju Dokaz, proveravaju i to da nijedna datoteka ne nedostaje i da nema suvišnih, zatim šemu manifesta i događaje lanca čuvanja u custody.jsonl: heš svakog događaja, lanac između uzastopnih događaja, događaj „captured“ (dokumentovano) za svaki zapis i događaj „exported“ (izvezeno) za ovaj izvoz. Navode datoteku ili proveru koja nije uspela.',
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
  },

  checks: {
    zip: 'Paket se otvara kao ZIP, svaka stavka je čitljiva i bezbedno imenovana',
    'manifest-json': 'manifest.json je JSON u kodiranju UTF-8',
    'manifest-schema': 'manifest.json ima sve članove formata dokaz-pack/1, svaki odgovarajućeg tipa',
    'public-key': 'public-key.pem je javni ključ ECDSA P-256',
    'key-fingerprint': 'public-key.pem je ključ autora paketa naveden u manifest.json',
    signature: 'manifest.sig i SHA256SUMS.sig uspešno se proveravaju ključem public-key.pem',
    sha256sums: 'SHA256SUMS navodi svaku datoteku jednom, po redu, i svaki heš se poklapa',
    'file-hash': 'Svaka datoteka ima veličinu i SHA-256 koje navodi manifest.json',
    'missing-file': 'Nijedna datoteka ne nedostaje',
    'extra-file': 'Nema suvišnih datoteka',
    capture: 'Stavka svakog zapisa u manifest.json slaže se sa podacima o zapisu',
    record: 'Svaki record.json je kanonski JSON podataka o zapisu iz manifesta',
    'record-hash': 'Heš svakog record.json jednak je njegovoj vrednosti recordSha256',
    artifact: 'Svaka datoteka zapisa ima veličinu i SHA-256 koje navode podaci o zapisu',
    'custody-json': 'custody.jsonl sadrži po jedan događaj lanca čuvanja u kanonskom JSON obliku u svakom redu',
    'custody-hash': 'Heš svakog događaja lanca čuvanja ponovo se dobija iz njegovih polja',
    'custody-chain': 'Događaji lanca čuvanja su po redu, svaki povezan sa prethodnim',
    'custody-gap': 'Izostavljeni događaji lanca čuvanja drugih zapisa',
    'custody-captures':
      'Svaki zapis ima svoj događaj dokumentovanja, sa hešom podataka o zapisu, i nijedan nije obrisan',
    'custody-export': 'Poslednji događaj lanca čuvanja je ovaj izvoz, kao što navodi manifest.json',
    'not-checked': 'Provere koje nije bilo moguće izvršiti',
    verifier: 'Program za proveru je izvršio sve provere do kraja',
  },

  verdict: {
    heading: 'Dokaz — paket dokaza',
    headingFormat: plural({
      one: 'Dokaz — paket dokaza {format}, {count} zapis',
      few: 'Dokaz — paket dokaza {format}, {count} zapisa',
      other: 'Dokaz — paket dokaza {format}, {count} zapisa',
    }),
    fingerprint: 'Otisak ključa za potpisivanje: {fingerprint}',
    fingerprintNote: '(uporedite ga sa otiskom u podešavanjima proširenja Dokaz kod autora paketa)',
    groupPassed: plural({
      one: '{label} ({count} provera)',
      few: '{label} ({count} provere)',
      other: '{label} ({count} provera)',
    }),
    groupFailed: '{label}: neuspešno {failed} od {count}',
    expected: 'očekivano: {value}',
    found: 'pronađeno: {value}',
    verified: plural({
      one: 'PROVERENO: {count} provera je uspešna.',
      few: 'PROVERENO: sve {count} provere su uspešne.',
      other: 'PROVERENO: svih {count} provera je uspešno.',
    }),
    notVerified: 'NIJE PROVERENO: neuspešnih provera {failed} od {count}.',
  },

  cli: {
    usage:
      'Upotreba: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nProverava paket dokaza napravljen pomoću proširenja Dokaz (dokaz-pack/1): njegove potpise, heš svake datoteke, manifest, podatke o zapisima i događaje lanca čuvanja.\n  --json          ispisuje rezultat kao JSON umesto kao tekst\n  --lang <code>   jezik izlaza: {languages}\n                  (inače jezik okruženja, LANG)\nIzlazni status: 0 provereno, 1 neka provera nije uspela, 2 greška u upotrebi.',
    unknownOption: 'dokaz-verify: nepoznata opcija {option}',
    unknownLanguage: 'dokaz-verify: nepoznat jezik {language}; izaberite jedan od: {languages}',
    cannotRead: 'dokaz-verify: nije moguće pročitati {path}: {reason}',
  },
};
