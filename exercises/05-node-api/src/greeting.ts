export interface Greeting {
  message: string;
  uptime: string;
}

export function greet(name: string, uptime: string): Greeting {
  return { message: `hello ${name}, from a compiled TypeScript API`, uptime };
}
