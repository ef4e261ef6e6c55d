import 'piccolore';
import './astro/server_c2EKvP6L.mjs';
import 'clsx';
