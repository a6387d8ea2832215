// The demo VM's guest as its text console shows it: boot lines, a login prompt, a password prompt (not echoed),
// then a shell that echoes what is typed and answers a few commands. It follows the engine's state: booting
// while powering up, rebooting on reboot or Ctrl+Alt+Del, input ignored while paused or going down.
import { Colour, type Screen } from './screen';

export interface GuestInfo { name: string; state: string; host?: string }
type Mode = 'booting' | 'login' | 'password' | 'shell' | 'off';

const BOOT: [Colour, string][] = [
  [Colour.Grey, 'SeaBIOS (version 1.16.0)'], [Colour.Grey, 'Booting from Hard Disk...'], [Colour.Grey, ''],
  [Colour.Green, '[  OK  ] Started Journal Service.'], [Colour.Green, '[  OK  ] Reached target Local File Systems.'],
  [Colour.Green, '[  OK  ] Started Network Manager.'], [Colour.Green, '[  OK  ] Started oVirt Guest Agent.'],
  [Colour.Green, '[  OK  ] Reached target Multi-User System.'], [Colour.Grey, ''],
];
const BOOT_STEP_MS = 200;

export class Guest {
  private mode: Mode = 'off';
  private line = '';
  private user = '';
  private timers: NodeJS.Timeout[] = [];
  private info: GuestInfo;

  constructor(private readonly screen: Screen, info: GuestInfo, private readonly wallNow = Date.now) {
    this.info = info;
    this.showStatus();
    this.boot(info.state === 'powering_up');
  }

  /** The engine's view of the VM changed (state, host after migration). */
  update(info: GuestInfo): void {
    const was = this.info.state;
    this.info = info;
    this.showStatus();
    if (info.state === was) return;
    if (info.state === 'reboot_in_progress') this.restart('The system is rebooting.');
    else if (info.state === 'powering_down') this.say('The system is powering down now.', 'off');
  }

  /** A key press (X11 keysym, RFC 6143 7.5.4). */
  key(keysym: number): void {
    if (this.mode === 'off' || this.mode === 'booting' || this.info.state === 'paused') return;
    if (keysym === 0xff0d || keysym === 0xff8d) return this.enter();
    if (keysym === 0xff08) {
      if (this.line) { this.line = this.line.slice(0, -1); if (this.mode !== 'password') this.screen.backspace(); }
      return;
    }
    const ch = keysym >= 0x20 && keysym <= 0xff ? String.fromCharCode(keysym) : keysym >= 0x01000100 && keysym <= 0x0110ffff ? String.fromCodePoint(keysym - 0x01000000) : '';
    if (!ch || this.line.length >= 200) return;
    this.line += ch;
    if (this.mode !== 'password') this.screen.write(ch);
  }

  ctrlAltDel(): void {
    if (this.mode !== 'off' && this.info.state !== 'paused') this.restart('Ctrl-Alt-Del pressed: the system is rebooting.');
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  private showStatus(): void {
    this.screen.status(` ${this.info.name}  |  ${this.info.state.replace(/_/g, ' ')}${this.info.host ? `  |  host ${this.info.host}` : ''}  |  demo console`);
  }

  private say(text: string, mode: Mode): void {
    this.close();
    this.line = '';
    this.screen.colour = Colour.Yellow;
    this.screen.write(`\n${text}\n`);
    this.screen.colour = Colour.Grey;
    this.mode = mode;
  }

  private restart(text: string): void {
    this.say(text, 'off');
    this.timers.push(setTimeout(() => { this.screen.clear(); this.boot(true); }, BOOT_STEP_MS * 3));
  }

  private boot(animated: boolean): void {
    this.mode = 'booting';
    BOOT.forEach(([colour, text], i) => {
      const print = () => { this.screen.colour = colour; this.screen.write(`${text}\n`); };
      if (animated) this.timers.push(setTimeout(print, i * BOOT_STEP_MS));
      else print();
    });
    const done = () => { this.screen.colour = Colour.Grey; this.screen.write(`${this.info.name} login: `); this.mode = 'login'; };
    if (animated) this.timers.push(setTimeout(done, BOOT.length * BOOT_STEP_MS));
    else done();
  }

  private enter(): void {
    const line = this.line;
    this.line = '';
    this.screen.write('\n');
    if (this.mode === 'login') {
      if (!line.trim()) return this.screen.write(`${this.info.name} login: `);
      this.user = line.trim();
      this.mode = 'password';
      return this.screen.write('Password: ');
    }
    if (this.mode === 'password') {
      this.mode = 'shell';
      this.screen.write(`Last login: ${new Date(this.wallNow()).toUTCString()}\n`);
      return this.prompt();
    }
    this.run(line.trim());
  }

  private prompt(): void {
    this.screen.write(`[${this.user}@${this.info.name} ~]$ `);
  }

  private run(cmd: string): void {
    const [name, ...args] = cmd.split(/\s+/);
    if (name === 'exit' || name === 'logout') {
      this.mode = 'login';
      return this.screen.write(`\n${this.info.name} login: `);
    }
    if (name === 'clear') this.screen.clear();
    else if (name === 'echo') this.screen.write(`${args.join(' ')}\n`);
    else if (name === 'hostname') this.screen.write(`${this.info.name}\n`);
    else if (name === 'whoami') this.screen.write(`${this.user}\n`);
    else if (name) this.screen.write(`-bash: ${name}: command not found\n`);
    this.prompt();
  }
}
