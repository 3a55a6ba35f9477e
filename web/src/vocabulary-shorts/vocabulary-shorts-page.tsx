/** /vocabulary/shorts: the shorts studio on a page of its own, reached from the vocabulary page. */
import { usePageTitle } from '../components/use-page-title.ts';
import { VocabularyShortsStudio } from './vocabulary-shorts-studio.tsx';

export function VocabularyShortsPage() {
  usePageTitle('Shorts and chapters');
  return (
    <article className="studio studio--vocabulary">
      <header className="page-header">
        <div>
          <h1>Vocabulary shorts</h1>
          <p className="page-header__lead">Vertical clips with Japanese and English subtitles, chapters and edit points from a stream recording.</p>
          <p><a href="/vocabulary">← Vocabulary</a></p>
        </div>
      </header>
      <VocabularyShortsStudio />
    </article>
  );
}
