import * as core from '../../shared/core.js';
import { runAction } from '../../shared/run-action.js';
import { removeContainer, removeImages, State } from './cleanup.js';
import { DockerCli } from './docker.js';
import { ACTION } from './main.js';

// The main step cleans up after itself; this catches what a killed or cancelled main step left behind.
await runAction(
  ACTION,
  async () => {
    const docker = new DockerCli();
    const container = core.getState(State.Container);
    if (container && core.getState(State.RemoveContainer) === 'true')
      await removeContainer(docker, container);
    const images = core.getState(State.Images).split(' ').filter(Boolean);
    if (images.length) await removeImages(docker, images);
  },
  { phase: 'post' },
);
