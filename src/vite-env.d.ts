/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_ARM_BASE_URL?: string;
}
