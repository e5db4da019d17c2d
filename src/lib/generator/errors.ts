/** Thrown when the generator is asked for something it cannot produce safely. */
export class GeneratorError extends Error {
  override name = 'GeneratorError';
}
