import { DATA_KINDS } from './data-kinds';
import { kindOfRow, pickSlot, slotRowName, VERSION_SLOTS } from './version-slots';

describe('version slots', () => {
  it("names slot 0 as the kind itself and the others kind#n, and reads every name back to its kind", () => {
    expect(slotRowName('contacts', 0)).toBe('contacts');
    expect(slotRowName('learning_actions', 7)).toBe('learning_actions#7');
    for (const kind of DATA_KINDS) {
      for (let slot = 0; slot < VERSION_SLOTS; slot++) {
        const name = slotRowName(kind, slot);
        expect(kindOfRow(name)).toBe(kind);
        // The column is varchar(32).
        expect(name.length).toBeLessThanOrEqual(32);
      }
    }
  });

  it('knows no other names', () => {
    expect(kindOfRow('complaints')).toBeNull();
    expect(kindOfRow('complaints#1')).toBeNull();
    expect(kindOfRow('')).toBeNull();
  });

  it('picks every slot and none outside', () => {
    expect(pickSlot(0)).toBe(0);
    expect(pickSlot(0.999999)).toBe(VERSION_SLOTS - 1);
    expect(pickSlot(1)).toBe(VERSION_SLOTS - 1);
    expect(new Set(Array.from({ length: VERSION_SLOTS }, (_, i) => pickSlot(i / VERSION_SLOTS))).size).toBe(VERSION_SLOTS);
  });
});
