/** The folder names of a batch (src/cli/folder-names.ts): each a single plain folder inside --out, none shared. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { packFolderNames, safeFolderName } from '../../src/cli/folder-names.ts';

describe('safeFolderName', () => {
  test.each([
    ['acme.yaml', 'acme'],
    ['clients/Ромашка ООО.yml', 'Ромашка ООО'],
    ['...yaml', 'profile'],
    ['..yaml', 'profile'],
    ['.hidden.json', 'hidden'],
    ['a\u001b[2Kb.yaml', 'a_[2Kb'],
    ['what?:*.yaml', 'what___'],
    ['trailing. .yaml', 'trailing'],
    ['CON.yaml', 'CON_'],
    ['lpt1.json', 'lpt1_'],
    ['C:\\clients\\x.yaml', 'x'],
  ])('%s → %s', (file, name) => {
    expect(safeFolderName(file)).toBe(name);
  });

  test('a long name is cut to 100 characters without splitting a character', () => {
    const name = safeFolderName(`${'я'.repeat(99)}😀😀.yaml`);
    expect(Array.from(name)).toHaveLength(100);
    expect(name.endsWith('😀')).toBe(true);
  });

  test('every name stays one folder inside --out', () => {
    const root = '/out';
    for (const file of ['../x.yaml', '/etc/passwd', 'a/../../b.yaml', '.', '..', '', '\u0000.yaml', ' .yaml']) {
      const name = safeFolderName(file);
      expect(name).not.toBe('');
      expect(path.dirname(path.join(root, name))).toBe(root);
      expect(name.startsWith('.')).toBe(false);
    }
  });
});

describe('packFolderNames', () => {
  test('a literal name keeps it; a repeat takes the next free suffix', () => {
    expect(packFolderNames(['d1/x.yaml', 'd2/x.yaml', 'x-2.yaml'])).toEqual(['x', 'x-3', 'x-2']);
    expect(packFolderNames(['a/p.yaml', 'b/p.yaml', 'c/p.yaml', 'p-3.json'])).toEqual(['p', 'p-2', 'p-4', 'p-3']);
  });

  test('names differing only in case are different folders', () => {
    expect(packFolderNames(['Client.yaml', 'client.yml', 'CLIENT.json'])).toEqual(['Client', 'client-2', 'CLIENT-3']);
  });

  test('names that clean to the same are different folders', () => {
    const names = packFolderNames(['...yaml', '..yaml', 'profile.yaml', 'a?.yaml', 'a*.yaml']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});
