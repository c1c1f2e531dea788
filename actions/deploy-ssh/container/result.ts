/** What the container strategy reports per host (in `results` and the job summary). */
export interface ContainerResult {
  image: string;
  /** Image id the service ran before this step, or null on a first deploy. */
  imageBefore: string | null;
  /** Image id running when the step ended. */
  imageAfter: string | null;
  /** Id of the service container when the step ended. */
  containerId: string | null;
  /** How the image reached the host. */
  transfer: 'pulled' | 'uploaded' | 'present' | null;
  /** From the new container's start to healthy. */
  healthMs: number | null;
  /** From stopping the old container to the new one answering (0 when they ran side by side). */
  switchGapMs: number | null;
  /** Images of the repository pruned after the deploy. */
  pruned: string[];
}

export function emptyContainerResult(image: string): ContainerResult {
  return {
    image,
    imageBefore: null,
    imageAfter: null,
    containerId: null,
    transfer: null,
    healthMs: null,
    switchGapMs: null,
    pruned: [],
  };
}
