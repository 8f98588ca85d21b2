import { ArticleModel, type Article } from '../../src/domain/article.js';

/** A short article written for a test, dated `date`. */
export const articleOn = (date: string, text: string): Article => ArticleModel.parse({ title: `Tin ${date}`, date, text });
