/** The presenter feature: the map panel with presenter mode and the guided tour (loaded lazily). */
export { PresenterStage } from './presenter-stage.tsx';
