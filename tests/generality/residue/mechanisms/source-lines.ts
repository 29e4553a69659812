/** Source lines of a scraper or of the source page: a bare web address, or a label left in the source language. */
import { fill, insertLine, type Mechanism } from '../mechanism.js';

const outlets = ['Nordpost', 'Tagesbote', 'La Voix du Sud', 'El Diario Norte', 'Il Corriere Alpino', 'Helsingin Päivä', 'Dagbladet Vest', 'Gazeta Północna', 'Västra Tidningen'];
const domains = ['nordpost.example', 'tagesbote-online.example', 'lavoixdusud.example', 'diarionorte.example.es', 'corrierealpino.example.it', 'paiva.example.fi'];
const templates = [
  'Source: {domain}', 'Source: www.{domain}', 'Quelle: {outlet}', 'Fuente: {outlet}', 'Fonte: {outlet}', 'Lähde: {outlet}', 'Kilde: {outlet}',
  'Källa: {outlet}', 'Źródło: {outlet}', 'Источник: {outlet}', 'Source link', 'Original article: {domain}', 'Source: {outlet} ({domain})',
];

export const sourceLines: Mechanism = {
  name: 'source-lines',
  deletable: true,
  inject: (article, random) => insertLine(article, fill(random.pick(templates), { outlet: random.pick(outlets), domain: random.pick(domains) }), random),
};
