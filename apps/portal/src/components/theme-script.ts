/** localStorage key holding "light" or "dark" once the reader has chosen. */
export const THEME_STORAGE_KEY = "portico-theme";

/**
 * Runs in <head> before first paint so a remembered theme never flashes the other one.
 * Without a stored choice it sets nothing and CSS follows `prefers-color-scheme`.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
