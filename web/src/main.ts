import { mount } from 'svelte';
import App from './App.svelte';
import './lib/styles/tokens.css';
import './lib/styles/base.css';
import './lib/styles/layout.css';
import './lib/styles/components.css';

const target = document.getElementById('app');
if (!target) throw new Error('Mothra: #app element missing from index.html');

export default mount(App, { target });
