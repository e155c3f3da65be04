import { describe, expect, it } from 'vitest';
import type { Entity, Quote } from './contract.js';
import { attachEntities } from './assemble.js';

const TEXT = 'وقال المتحدث باسم جبهة المطار خالد سعيد إن المقاتلين تقدموا.';
const at = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { article: 'a', start, end: start + needle.length, text: needle };
};
const entity = (id: string, type: Entity['type'], needle: string): Entity => ({
  id,
  type,
  name: needle,
  aliases: [],
  mentions: [at(needle)],
});

describe('attachEntities', () => {
  const quote = (speaker: string, role?: string): Quote => ({
    id: 'q1',
    article: 'a',
    start: 0,
    end: TEXT.length - 1,
    speaker: { ...at(speaker), kind: 'named', ...(role ? { role } : {}) },
    cue: at('وقال'),
    content: at('المقاتلين تقدموا'),
    direct: false,
  });

  it('links a speaker to the named person, not to the place inside his role', () => {
    const q = quote('المتحدث باسم جبهة المطار خالد سعيد', 'المتحدث باسم جبهة المطار');
    attachEntities({ quotes: [q], accusations: [], quantities: [], dates: [] }, [
      entity('e1', 'LOC', 'المطار'),
      entity('e2', 'PER', 'خالد سعيد'),
    ]);
    expect(q.speaker.entity).toBe('e2');
  });

  it('never links a speaker to a place named inside it, but a country speaking as itself is its own', () => {
    const q = quote('المتحدث باسم جبهة المطار');
    attachEntities({ quotes: [q], accusations: [], quantities: [], dates: [] }, [
      entity('e1', 'LOC', 'المطار'),
    ]);
    expect(q.speaker.entity).toBeUndefined();
    const whole = quote('المطار');
    attachEntities({ quotes: [whole], accusations: [], quantities: [], dates: [] }, [
      entity('e1', 'LOC', 'المطار'),
    ]);
    expect(whole.speaker.entity).toBe('e1');
  });
});
