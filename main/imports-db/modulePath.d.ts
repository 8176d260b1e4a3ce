// electron-vite's `?modulePath` import (main/index.ts only): the built path of a separately bundled module.
declare module '*?modulePath' {
  const path: string;
  export default path;
}
