/** Every mechanism the generality suite injects, one file each; add a new one to this list. */
import type { Mechanism } from '../mechanism.js';
import { caseEnding } from './case-ending.js';
import { casing } from './casing.js';
import { deletedLetters } from './deleted-letters.js';
import { nameVariant } from './name-variant.js';
import { translatedSurname } from './translated-surname.js';

export const mechanisms: readonly Mechanism[] = [nameVariant, caseEnding, translatedSurname, casing, deletedLetters];
