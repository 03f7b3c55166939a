// chart.js with only the parts Waymark draws, registered once. Imported dynamically, so its code
// loads on the screens that draw a chart and nowhere else.
import {
	Chart,
	Decimation,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend, Decimation);

export { Chart };
