// The one place ssh2 is imported, after the globals its loader needs.
import './node-globals.js';
import ssh2 from 'ssh2';

export type { Client, ClientChannel, ConnectConfig, ParsedKey } from 'ssh2';
export const { Client: SshClient, utils: sshUtils } = ssh2;
