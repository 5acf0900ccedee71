import 'reflect-metadata';
import { getMetadataArgsStorage } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { ROLLUPS } from './rollup-definitions';

describe('rollup definitions', () => {
  it('name only contact indexes that exist for their cells (a wrong USE INDEX is an error on MySQL)', () => {
    const indexes = new Set(getMetadataArgsStorage().indices.filter((i) => i.target === Contact).map((i) => i.name));
    for (const definition of ROLLUPS.filter((d) => d.cellIndex)) expect(indexes).toContain(definition.cellIndex);
    // Derived rollups read another rollup, not the contacts: a contact index would mean nothing there.
    expect(ROLLUPS.filter((d) => d.derivedFrom && d.cellIndex)).toEqual([]);
  });
});
