// Draws the builds-per-hour bars (the held-out corpus changes DATA).
const DATA = [4, 7, 5, 9, 12, 8, 6, 10, 14, 11, 7, 5];
const canvas = document.getElementById('chart');
const g = canvas.getContext('2d');
g.fillStyle = '#f8fafc'; g.fillRect(0, 0, canvas.width, canvas.height);
DATA.forEach((v, i) => { g.fillStyle = '#6366f1'; g.fillRect(20 + i * 50, 150 - v * 10, 30, v * 10); });
